#include "MessageBoxes.h"

#include <QMessageBox>
#include <QPushButton>

namespace authdeck::ui {

MessageBoxes::Responder& MessageBoxes::responder()
{
    static Responder r;
    return r;
}

void MessageBoxes::setTestResponder(Responder r)
{
    responder() = std::move(r);
}

bool MessageBoxes::confirm(QWidget* parent, const QString& title, const QString& text,
                           const QString& acceptLabel)
{
    if (responder())
        return responder()(Kind::Confirm, title, text);
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QPushButton* accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == accept;
}

void MessageBoxes::error(QWidget* parent, const QString& title, const QString& text)
{
    if (responder()) {
        responder()(Kind::Error, title, text);
        return;
    }
    QMessageBox::warning(parent, title, text);
}

void MessageBoxes::information(QWidget* parent, const QString& title, const QString& text)
{
    if (responder()) {
        responder()(Kind::Information, title, text);
        return;
    }
    QMessageBox::about(parent, title, text);
}

} // namespace authdeck::ui
