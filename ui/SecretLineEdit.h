#pragma once

#include "core/SecretBytes.h"

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace authdeck::ui {

// A masked field with a reveal toggle, for client secrets, passwords and passphrases. Its text is
// wiped when taken and when the widget goes away.
class SecretLineEdit : public QWidget {
    Q_OBJECT
public:
    explicit SecretLineEdit(QWidget* parent = nullptr);
    ~SecretLineEdit() override;

    [[nodiscard]] SecretBytes secret() const;
    [[nodiscard]] bool isEmpty() const;
    void clear();
    void setPlaceholderText(const QString& text);
    void setAccessibleName(const QString& name);
    [[nodiscard]] QLineEdit* lineEdit() const { return m_edit; }

Q_SIGNALS:
    void textChanged();

private:
    QLineEdit* m_edit = nullptr;
    QToolButton* m_reveal = nullptr;
};

} // namespace authdeck::ui
