#include "EndpointReviewDialog.h"

#include "accounts/AppService.h"
#include "engine/Engine.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace authdeck::ui {

EndpointReviewDialog::EndpointReviewDialog(Engine& engine, const QString& appId, QWidget* parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_appId(appId)
{
    setObjectName(QStringLiteral("endpointReviewDialog"));
    const Result<AppRegistration> app = engine.apps().find(appId);
    const QString name = app.ok() ? app->name : appId;
    setWindowTitle(tr("Review the endpoints of “%1”").arg(name));

    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("endpointReviewIntroLabel"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setText(
        tr("The endpoints of the app “%1” changed since it was registered. Until you approve "
           "them, AuthDeck sends none of its secrets or its accounts' tokens anywhere. Approve "
           "only "
           "if you expected this change and trust the new servers: the app's client secret and "
           "its accounts' tokens will then go to them.")
            .arg(name));

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("endpointReviewTableWidget"));
    m_table->setAccessibleName(tr("Changed endpoints"));
    m_table->setHorizontalHeaderLabels({tr("Endpoint"), tr("Pinned (was)"), tr("Now")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QList<EndpointChange> changes =
        app.ok() ? engine.apps().heldDifferences(*app) : QList<EndpointChange>();
    for (const EndpointChange& c : changes) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(EndpointOrigins::roleName(c.role)));
        m_table->setItem(row, 1,
                         new QTableWidgetItem(c.pinned.isEmpty() ? tr("(none)") : c.pinned));
        m_table->setItem(row, 2, new QTableWidgetItem(c.now));
    }
    m_changes = int(changes.size());

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("endpointReviewErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_approve = buttons->addButton(tr("&Approve these endpoints"), QDialogButtonBox::AcceptRole);
    m_approve->setObjectName(QStringLiteral("endpointReviewApprovePushButton"));
    m_approve->setAutoDefault(false);
    m_approve->setEnabled(m_changes > 0);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_approve, &QPushButton::clicked, this, &EndpointReviewDialog::approve);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* v = new QVBoxLayout(this);
    v->addWidget(m_intro);
    v->addWidget(m_table, 1);
    v->addWidget(m_error);
    v->addWidget(buttons);
    resize(720, 320);
}

void EndpointReviewDialog::approve()
{
    const Result<QStringList> approved = m_engine.apps().approve(m_appId);
    if (!approved.ok()) {
        m_error->setText(approved.error().fullMessage());
        m_error->show();
        return;
    }
    accept();
}

} // namespace authdeck::ui
