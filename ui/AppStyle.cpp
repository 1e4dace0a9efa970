#include "AppStyle.h"

#include "SvgIcon.h"

namespace authdeck::ui {

AppStyle::AppStyle() = default;

QIcon AppStyle::standardIcon(StandardPixmap icon, const QStyleOption* option,
                             const QWidget* widget) const
{
    switch (icon) {
    case SP_ToolBarHorizontalExtensionButton:
        return svgIcon(QStringLiteral(":/icons/extension-horizontal.svg"));
    case SP_ToolBarVerticalExtensionButton:
        return svgIcon(QStringLiteral(":/icons/extension-vertical.svg"));
    default:
        return QProxyStyle::standardIcon(icon, option, widget);
    }
}

} // namespace authdeck::ui
