#include "target_gaps_panel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "app_session.h"
#include "error_display.h"
#include "money_format.h"
#include "text_conversions.h"

namespace uplift::app {

namespace {

enum Column {
    Period,
    Account,
    Brand,
    Rep,
    Units,
    TopUnits,
    GapUnits,
    Value,
    TopValue,
    GapValue,
    Source,
    ColumnCount
};

QTableWidgetItem* number(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

}  // namespace

TargetGapsPanel::TargetGapsPanel(AppSession& session, QWidget* parent)
    : QWidget(parent),
      session_(session),
      summary_(new QLabel(this)),
      table_(new QTableWidget(this)),
      accept_(new QPushButton(tr("&Accept"), this)),
      reject_(new QPushButton(tr("Re&ject"), this)),
      edit_(new QPushButton(tr("&Edit…"), this)) {
    setObjectName(QStringLiteral("targetGapsPanel"));
    table_->setObjectName(QStringLiteral("targetGapTable"));
    table_->setColumnCount(ColumnCount);
    table_->setHorizontalHeaderLabels(
        {tr("Period"), tr("Partner"), tr("Brand"), tr("Rep"), tr("Units"), tr("Top-down units"),
         tr("Gap units"), tr("Value"), tr("Top-down value"), tr("Gap value"), tr("Set by")});
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setAlternatingRowColors(true);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    accept_->setToolTip(tr("Keep the current (bottom-up) value as the target"));
    reject_->setToolTip(tr("Restore the top-down value"));
    edit_->setToolTip(tr("Set another value for both"));
    accept_->setObjectName(QStringLiteral("gapAcceptButton"));
    reject_->setObjectName(QStringLiteral("gapRejectButton"));
    edit_->setObjectName(QStringLiteral("gapEditButton"));
    connect(accept_, &QPushButton::clicked, this, &TargetGapsPanel::acceptSelected);
    connect(reject_, &QPushButton::clicked, this, &TargetGapsPanel::rejectSelected);
    connect(edit_, &QPushButton::clicked, this, &TargetGapsPanel::editSelected);
    connect(table_, &QTableWidget::itemSelectionChanged, this, &TargetGapsPanel::updateButtons);

    auto* bar = new QHBoxLayout;
    bar->addWidget(summary_, 1);
    bar->addWidget(accept_);
    bar->addWidget(reject_);
    bar->addWidget(edit_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(table_, 1);
    updateButtons();
}

void TargetGapsPanel::reload() {
    try {
        gaps_ = target_gaps(session_.connection());
    } catch (const std::exception& e) {
        gaps_.clear();
        showRefusal(this, tr("Cannot read the targets"), qs(e.what()));
    }
    table_->setRowCount(static_cast<int>(gaps_.size()));
    const QLocale locale;
    for (int r = 0; r < table_->rowCount(); ++r) {
        const TargetGap& g = gaps_[static_cast<std::size_t>(r)];
        table_->setItem(r, Period, new QTableWidgetItem(qs(g.current.period)));
        table_->setItem(r, Account, new QTableWidgetItem(qs(g.current.account)));
        table_->setItem(r, Brand, new QTableWidgetItem(qs(g.current.brand)));
        table_->setItem(r, Rep, new QTableWidgetItem(qs(g.rep)));
        table_->setItem(r, Units, number(locale.toString(g.current.units)));
        table_->setItem(r, TopUnits, number(locale.toString(g.topdown_units)));
        table_->setItem(r, GapUnits, number(locale.toString(g.gap_units())));
        table_->setItem(r, Value, number(formatMinorUnits(g.current.value)));
        table_->setItem(r, TopValue, number(formatMinorUnits(g.topdown_value)));
        table_->setItem(r, GapValue, number(formatMinorUnits(g.gap_value())));
        table_->setItem(r, Source,
                        new QTableWidgetItem(tr("%1 (%2)").arg(qs(g.changed_by), qs(g.source))));
    }
    table_->resizeColumnsToContents();
    std::int64_t gapValue = 0;
    for (const TargetGap& g : gaps_) {
        gapValue += g.gap_value();
    }
    summary_->setText(gaps_.empty()
                          ? tr("No gaps: every target agrees with its top-down version.")
                          : tr("%1 targets differ from their top-down version; together %2.")
                                .arg(gaps_.size())
                                .arg(formatMinorUnits(gapValue)));
    updateButtons();
}

const TargetGap* TargetGapsPanel::selected() const {
    const int row = table_->currentRow();
    if (row < 0 || row >= static_cast<int>(gaps_.size()) ||
        table_->selectionModel()->selectedRows().isEmpty()) {
        return nullptr;
    }
    return &gaps_[static_cast<std::size_t>(row)];
}

void TargetGapsPanel::updateButtons() {
    const bool may = session_.can("targets.edit");
    const bool any = selected() != nullptr;
    for (QPushButton* b : {accept_, reject_, edit_}) {
        b->setEnabled(may && any);
    }
}

bool TargetGapsPanel::decide(GapDecision decision, std::optional<std::int64_t> units,
                             std::optional<std::int64_t> value) {
    const TargetGap* g = selected();
    if (g == nullptr) {
        return false;
    }
    try {
        const TargetKey key = target_key(session_.connection(), g->current.period,
                                         g->current.account, g->current.brand);
        decide_gap(session_.connection(), session_.action(), key, decision, units, value);
    } catch (const std::exception& e) {
        showRefusal(this, tr("Gap not decided"), qs(e.what()));
        return false;
    }
    reload();
    emit targetsChanged();
    return true;
}

bool TargetGapsPanel::acceptSelected() {
    return decide(GapDecision::Accept, {}, {});
}

bool TargetGapsPanel::rejectSelected() {
    return decide(GapDecision::Reject, {}, {});
}

bool TargetGapsPanel::editSelected() {
    const TargetGap* g = selected();
    if (g == nullptr) {
        return false;
    }
    bool ok = false;
    const int units = QInputDialog::getInt(
        this, tr("Edit target"),
        tr("Units for %1 %2 %3:")
            .arg(qs(g->current.period), qs(g->current.account), qs(g->current.brand)),
        static_cast<int>(g->current.units), 0, 2'000'000'000, 1, &ok);
    if (!ok) {
        return false;
    }
    const QString text =
        QInputDialog::getText(this, tr("Edit target"), tr("Value:"), QLineEdit::Normal,
                              editableMinorUnits(g->current.value), &ok);
    if (!ok) {
        return false;
    }
    QString error;
    const auto value = parseMinorUnits(text, &error);
    if (!value) {
        showRefusal(this, tr("Not an amount"), error);
        return false;
    }
    return decide(GapDecision::Edit, units, *value);
}

}  // namespace uplift::app
