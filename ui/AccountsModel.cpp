#include "AccountsModel.h"

#include "SvgIcon.h"
#include "accounts/AccountService.h"
#include "providers/ProviderCatalog.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace authdeck::ui {

namespace {

QColor severityColor(int severity)
{
    const bool dark = QGuiApplication::palette().color(QPalette::Window).lightnessF() < 0.5;
    switch (severity) {
    case 0:
        return dark ? QColor(0x81, 0xc9, 0x95) : QColor(0x1e, 0x7a, 0x3c);
    case 1:
        return dark ? QColor(0xff, 0xc1, 0x6b) : QColor(0xa8, 0x5a, 0x00);
    default:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1e, 0x1e);
    }
}

// A filled dot in the status colour, painted once: no image file, no image plugin probed.
QIcon severityIcon(int severity)
{
    static QHash<int, QIcon> icons;
    auto it = icons.constFind(severity);
    if (it != icons.cend())
        return *it;
    QIcon icon;
    for (int size : {12, 16, 24}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter painter(&pm);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(severityColor(severity));
        const qreal m = size / 6.0;
        painter.drawEllipse(QRectF(m, m, size - 2 * m, size - 2 * m));
        if (severity > 0) { // not only a colour: a mark that reads without it
            painter.setPen(QPen(Qt::white, size / 8.0));
            painter.drawLine(QPointF(size / 2.0, size * 0.32), QPointF(size / 2.0, size * 0.58));
            painter.drawPoint(QPointF(size / 2.0, size * 0.70));
        }
        painter.end();
        icon.addPixmap(pm);
    }
    return *icons.insert(severity, icon);
}

} // namespace

AccountsModel::AccountsModel(AccountService& accounts, const ProviderCatalog& catalog,
                             QObject* parent)
    : QAbstractTableModel(parent)
    , m_accounts(accounts)
    , m_catalog(catalog)
{
    connect(&m_accounts, &AccountService::accountsChanged, this, &AccountsModel::reload);
    // The expiry column counts down.
    m_tick.setInterval(30000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, ExpiryColumn), index(rowCount() - 1, ExpiryColumn));
    });
    m_tick.start();
    reload();
}

void AccountsModel::reload()
{
    Result<QList<Account>> list = m_accounts.list();
    beginResetModel();
    if (list.ok()) {
        m_rows = *list;
        m_loadError.clear();
    } else {
        m_rows.clear();
        m_loadError = list.error().message;
    }
    endResetModel();
}

int AccountsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AccountsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Account* AccountsModel::accountAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int AccountsModel::rowOf(const QString& accountId) const
{
    if (accountId.isEmpty())
        return -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == accountId)
            return i;
    }
    return -1;
}

void AccountsModel::setTestOutcome(const QString& accountId, const TestOutcome& outcome)
{
    m_tests.insert(accountId, outcome);
    const int row = rowOf(accountId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

std::optional<AccountsModel::TestOutcome> AccountsModel::testOutcome(const QString& accountId) const
{
    auto it = m_tests.constFind(accountId);
    if (it == m_tests.cend())
        return std::nullopt;
    return *it;
}

bool AccountsModel::testFailed(const Account& a) const
{
    auto it = m_tests.constFind(a.id);
    if (it == m_tests.cend() || it->ok)
        return false;
    // A renewal after the failed test proved the account works again.
    return !a.lastRefresh.isValid() || a.lastRefresh < it->at;
}

QString AccountsModel::statusText(const Account& a) const
{
    if (a.status == AccountStatus::Ok && testFailed(a))
        return tr("Test failed");
    return accountStatusDisplay(a.status);
}

QString AccountsModel::statusReason(const Account& a) const
{
    if (a.status == AccountStatus::Ok && testFailed(a))
        return m_tests.value(a.id).message;
    return a.statusReason;
}

int AccountsModel::severity(const Account& a) const
{
    switch (a.status) {
    case AccountStatus::Ok:
        return testFailed(a) ? 2 : 0;
    case AccountStatus::NeedsSignIn:
    case AccountStatus::NeedsCredentials:
        return 1;
    case AccountStatus::Error:
        return 2;
    }
    return 2;
}

QIcon AccountsModel::providerIcon(const QString& name) const
{
    // One QIcon per provider: a new one for every cell would load and render its SVG again for
    // every size hint and paint (thousands of times with a large profile).
    auto it = m_icons.constFind(name);
    if (it == m_icons.cend())
        it = m_icons.insert(name, svgIcon(QStringLiteral(":/icons/") + name));
    return *it;
}

QVariant AccountsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Account& a = m_rows.at(index.row());
    const Provider* provider = m_catalog.find(a.providerId);
    if (role == AccountIdRole)
        return a.id;
    if (role == StatusRole)
        return static_cast<int>(a.status);
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole)
            return a.name;
        break;
    case ProviderColumn:
        if (role == Qt::DisplayRole)
            return provider ? provider->name : a.providerId;
        if (role == Qt::DecorationRole && provider && !provider->icon.isEmpty())
            return providerIcon(provider->icon);
        break;
    case SchemeColumn:
        if (role == Qt::DisplayRole)
            return schemeDisplayName(a.scheme);
        break;
    case IdentityColumn:
        if (role == Qt::DisplayRole)
            return a.identityLabel();
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return statusText(a);
        if (role == Qt::DecorationRole)
            return severityIcon(severity(a));
        if (role == Qt::ForegroundRole && severity(a) > 0)
            return severityColor(severity(a));
        if (role == Qt::ToolTipRole) {
            const QString reason = statusReason(a);
            if (!reason.isEmpty())
                return reason;
        }
        break;
    case ExpiryColumn:
        if (role == Qt::DisplayRole) {
            if (!a.accessExpires.isValid())
                return tr("Does not expire");
            // Short and relative, so the column stays narrow; the date is in the tooltip.
            const qint64 secs = QDateTime::currentDateTimeUtc().secsTo(a.accessExpires);
            if (secs <= 0)
                return tr("Expired");
            if (secs < 3600)
                return tr("in %1 min").arg(qMax<qint64>(1, secs / 60));
            if (secs < 2 * 86400)
                return tr("in %1 h").arg(secs / 3600);
            return tr("in %1 days").arg(secs / 86400);
        }
        if (role == Qt::ToolTipRole && a.accessExpires.isValid())
            return QLocale().toString(a.accessExpires.toLocalTime(), QLocale::LongFormat);
        break;
    default:
        break;
    }
    return {};
}

QVariant AccountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ProviderColumn:
        return tr("Provider");
    case SchemeColumn:
        return tr("Method");
    case IdentityColumn:
        return tr("Signed in as");
    case StatusColumn:
        return tr("Status");
    case ExpiryColumn:
        return tr("Token expires");
    default:
        return {};
    }
}

} // namespace authdeck::ui
