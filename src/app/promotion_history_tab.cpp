#include "promotion_history_tab.h"

#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

#include "app_session.h"
#include "batch_table_model.h"
#include "security/audit.h"
#include "text_conversions.h"

namespace uplift::app {

PromotionHistoryTab::PromotionHistoryTab(AppSession& session, QWidget* parent)
    : QWidget(parent), session_(session), table_(new QTableWidget(this)) {
    table_->setObjectName(QStringLiteral("promotionHistoryTable"));
    table_->setColumnCount(6);
    table_->setHorizontalHeaderLabels(
        {tr("When"), tr("User"), tr("Action"), tr("Before"), tr("After"), tr("Reason")});
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setWordWrap(false);
    table_->verticalHeader()->setVisible(false);
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 8);
    table_->horizontalHeader()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table_);
}

void PromotionHistoryTab::reload(const QString& code, const QStringList& skus) {
    db::Connection& conn = session_.connection();
    std::vector<AuditRow> rows = audit_history(conn, "promotion", utf8(code));
    // Manual forecasts are audited per line ("CODE/SKU").
    for (const QString& sku : skus) {
        auto more = audit_history(conn, "promotion", utf8(code + QLatin1Char('/') + sku));
        rows.insert(rows.end(), std::make_move_iterator(more.begin()),
                    std::make_move_iterator(more.end()));
    }
    std::sort(rows.begin(), rows.end(),
              [](const AuditRow& a, const AuditRow& b) { return a.id > b.id; });
    table_->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
        const AuditRow& a = rows[static_cast<std::size_t>(r)];
        QString action = qs(a.action);
        if (a.entity_key != utf8(code)) {
            action += QStringLiteral(" (%1)").arg(qs(a.entity_key).section(QLatin1Char('/'), 1));
        }
        const QStringList cells = {BatchTableModel::localTimestamp(a.at),
                                   qs(a.user_name),
                                   action,
                                   a.old_value ? qs(*a.old_value) : QString(),
                                   a.new_value ? qs(*a.new_value) : QString(),
                                   qs(a.reason)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            table_->setItem(r, c, item);
        }
    }
    table_->resizeColumnsToContents();
    const int cap = fontMetrics().averageCharWidth() * 48;
    for (int c = 0; c < table_->columnCount(); ++c) {
        table_->setColumnWidth(c, std::min(table_->columnWidth(c) + 12, cap));
    }
}

}  // namespace uplift::app
