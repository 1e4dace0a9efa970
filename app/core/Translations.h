#pragma once

#include <QStringList>

class QCoreApplication;

namespace authdeck {

// Installs AuthDeck's translation for the user's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG;
// embedded under :/i18n) and Qt's own (qtbase, so standard buttons match), falling back to
// English. Call once, after the application object exists.
void installTranslations(QCoreApplication& app);

// The languages AuthDeck has a translation for, as locale names ("de", "fr"), English first.
[[nodiscard]] QStringList availableLanguages();

} // namespace authdeck
