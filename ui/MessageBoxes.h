#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace authdeck::ui {

// Every question and notice the GUI shows goes through here, so tests can answer them without a
// modal dialog blocking the test (setTestResponder).
class MessageBoxes {
public:
    enum class Kind { Confirm, Error, Information };
    // Returns the answer a test wants for a dialog of this kind and title (true = accept).
    using Responder = std::function<bool(Kind kind, const QString& title, const QString& text)>;

    static bool confirm(QWidget* parent, const QString& title, const QString& text,
                        const QString& acceptLabel);
    static void error(QWidget* parent, const QString& title, const QString& text);
    static void information(QWidget* parent, const QString& title, const QString& text);

    static void setTestResponder(Responder responder);

private:
    static Responder& responder();
};

} // namespace authdeck::ui
