#include "AccountsModel.h"

#include "accounts/AccountService.h"
#include "providers/ProviderCatalog.h"

#include <QDateTime>
#include <QIcon>
#include <QLocale>

namespace authdeck::ui {

AccountsModel::AccountsModel(AccountService& accounts, const ProviderCatalog& catalog,
                             QObject* parent)
    : QAbstractTableModel(parent)
    , m_accounts(accounts)
    , m_catalog(catalog)
{
    connect(&m_accounts, &AccountService::accountsChanged, this, &AccountsModel::reload);
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

QIcon AccountsModel::providerIcon(const QString& name) const
{
    // One QIcon per provider: a new one for every cell would load and render its SVG again for
    // every size hint and paint (thousands of times with a large profile).
    auto it = m_icons.constFind(name);
    if (it == m_icons.cend())
        it = m_icons.insert(name, QIcon(QStringLiteral(":/icons/") + name));
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
            return accountStatusDisplay(a.status);
        if (role == Qt::ToolTipRole && !a.statusReason.isEmpty())
            return a.statusReason;
        break;
    case ExpiryColumn:
        if (role == Qt::DisplayRole) {
            if (!a.accessExpires.isValid())
                return tr("Does not expire");
            return QLocale().toString(a.accessExpires.toLocalTime(), QLocale::ShortFormat);
        }
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
