#pragma once

#include <QIcon>
#include <QString>

namespace authdeck::ui {

// An icon from one of AuthDeck's own SVG resources, drawn by QSvgRenderer at the size asked for.
// QIcon(":/icons/x.svg") would load the SVG icon-engine plugin and make Qt probe every image
// format plugin first (jpeg, gif, ico, ...), at a cost the first paint of the window felt.
[[nodiscard]] QIcon svgIcon(const QString& resourcePath);

} // namespace authdeck::ui
