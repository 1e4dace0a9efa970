#include "AppsModel.h"

#include "SvgIcon.h"
#include "accounts/AppService.h"
#include "providers/ProviderCatalog.h"

#include <QIcon>

namespace authdeck::ui {

AppsModel::AppsModel(AppService& apps, const ProviderCatalog& catalog, QObject* parent)
    : QAbstractTableModel(parent)
    , m_apps(apps)
    , m_catalog(catalog)
{
    connect(&m_apps, &AppService::appsChanged, this, &AppsModel::reload);
    reload();
}

void AppsModel::reload()
{
    Result<QList<AppRegistration>> list = m_apps.list();
    beginResetModel();
    m_rows = list.ok() ? *list : QList<AppRegistration>();
    endResetModel();
}

int AppsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AppsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const AppRegistration* AppsModel::appAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QVariant AppsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AppRegistration& a = m_rows.at(index.row());
    if (role == AppIdRole)
        return a.id;
    const Provider* provider = m_catalog.find(a.providerId);
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole)
            return a.name;
        break;
    case ProviderColumn:
        if (role == Qt::DisplayRole)
            return provider ? provider->name : a.providerId;
        if (role == Qt::DecorationRole && provider && !provider->icon.isEmpty())
            return svgIcon(QStringLiteral(":/icons/") + provider->icon);
        break;
    case SchemeColumn:
        if (role == Qt::DisplayRole)
            return schemeDisplayName(a.scheme);
        break;
    case ClientIdColumn:
        if (role == Qt::DisplayRole)
            return a.clientId;
        break;
    case SecretColumn:
        if (role == Qt::DisplayRole) {
            if (a.needsCredentials)
                return tr("Needs credentials");
            if (a.hasPrivateKey)
                return tr("Key in keychain");
            return a.hasClientSecret ? tr("In keychain") : tr("None");
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant AppsModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case ClientIdColumn:
        return tr("Client ID");
    case SecretColumn:
        return tr("Secret");
    default:
        return {};
    }
}

} // namespace authdeck::ui
