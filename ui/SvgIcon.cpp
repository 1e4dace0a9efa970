#include "SvgIcon.h"

#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPixmap>
#include <QPixmapCache>
#include <QSvgRenderer>

#include <memory>

namespace authdeck::ui {

namespace {

class SvgIconEngine : public QIconEngine {
public:
    explicit SvgIconEngine(QString path)
        : m_path(std::move(path))
    {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        painter->drawPixmap(rect, pixmap(rect.size(), mode, state));
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State) override
    {
        const QString key = QStringLiteral("authdeck-svg:%1:%2x%3:%4")
                                .arg(m_path)
                                .arg(size.width())
                                .arg(size.height())
                                .arg(int(mode));
        QPixmap pm;
        if (QPixmapCache::find(key, &pm))
            return pm;
        pm = QPixmap(size);
        pm.fill(Qt::transparent);
        if (renderer().isValid()) {
            QPainter p(&pm);
            if (mode == QIcon::Disabled)
                p.setOpacity(0.45);
            renderer().render(&p, QRectF(QPointF(0, 0), QSizeF(size)));
        }
        QPixmapCache::insert(key, pm);
        return pm;
    }

    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override { return size; }
    // What a window manager picks a window icon from.
    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        return {QSize(16, 16), QSize(32, 32), QSize(48, 48), QSize(64, 64), QSize(128, 128)};
    }
    QIconEngine* clone() const override { return new SvgIconEngine(m_path); }
    QString key() const override { return QStringLiteral("authdeck-svg"); }
    bool isNull() override { return !renderer().isValid(); }

private:
    QSvgRenderer& renderer()
    {
        if (!m_renderer)
            m_renderer = std::make_unique<QSvgRenderer>(m_path);
        return *m_renderer;
    }

    QString m_path;
    std::unique_ptr<QSvgRenderer> m_renderer;
};

} // namespace

QIcon svgIcon(const QString& resourcePath)
{
    if (!resourcePath.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        return QIcon(resourcePath);
    return QIcon(new SvgIconEngine(resourcePath));
}

} // namespace authdeck::ui
