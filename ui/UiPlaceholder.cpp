// authdeck-ui grows here.
namespace authdeck::ui {
int uiLibraryVersion() { return 1; }
} // namespace authdeck::ui
