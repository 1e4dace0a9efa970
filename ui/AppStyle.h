#pragma once

#include <QProxyStyle>

namespace authdeck::ui {

// The platform's style with AuthDeck's own drawings for the standard icons the window needs before
// its first paint. Qt's built-in ones are PNG files: loading them makes QImageReader open every
// image format plugin (gif, ico, jpeg, svg) to ask which one reads PNG, and the menu bar asks for
// its overflow arrow in its constructor.
class AppStyle : public QProxyStyle {
public:
    AppStyle();

    QIcon standardIcon(StandardPixmap icon, const QStyleOption* option = nullptr,
                       const QWidget* widget = nullptr) const override;
};

} // namespace authdeck::ui
