#include "decision_panel_view.h"

#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include "decision_trend_chart.h"
#include "discount_models.h"
#include "exact_format.h"
#include "money_format.h"
#include "text_conversions.h"

namespace uplift::app {

namespace {

const QColor kLoss(0xb3, 0x26, 0x1e);

QString pctText(double v, bool sign = false) {
    const QString n = QLocale().toString(v, 'f', 1);
    return (sign && v > 0 ? QStringLiteral("+") : QString()) + n + QStringLiteral("\u00a0%");
}

QTableWidget* makeTable(const QString& name, const QStringList& headers) {
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()));
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 6);
    return t;
}

QTableWidgetItem* textCell(const QString& text) {
    return new QTableWidgetItem(text);
}

// Figures right-aligned so digits line up; losses in red.
QTableWidgetItem* numberCell(const QString& text, bool loss = false) {
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (loss) {
        item->setForeground(kLoss);
    }
    return item;
}

QLabel* sectionLabel(const QString& text) {
    auto* l = new QLabel(text);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

}  // namespace

DecisionPanelView::DecisionPanelView(QWidget* parent)
    : QWidget(parent),
      title_(new QLabel),
      details_(new QLabel),
      banner_(new QFrame),
      verdict_(new QLabel),
      reasons_(new QLabel),
      chart_(new DecisionTrendChart),
      skus_(makeTable(QStringLiteral("decisionSkus"),
                      {tr("SKU"), tr("List"), tr("Off/unit"), tr("Margin/unit"), tr("After/unit"),
                       tr("Exp. units"), tr("Margin after"), tr("Break-even")})),
      promotions_(new QListWidget),
      conditions_(new QListWidget),
      funds_(makeTable(QStringLiteral("decisionFunds"),
                       {tr("Fund"), tr("Available"), tr("Utilisation")})),
      history_(makeTable(QStringLiteral("decisionHistory"),
                         {tr("Discount"), tr("Period"), tr("Depth"), tr("Status"), tr("Spend"),
                          tr("Incremental profit"), tr("ROI")})) {
    setObjectName(QStringLiteral("decisionPanel"));
    title_->setObjectName(QStringLiteral("decisionTitle"));
    QFont big = title_->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    title_->setFont(big);
    details_->setObjectName(QStringLiteral("decisionDetails"));
    details_->setWordWrap(true);
    details_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    banner_->setObjectName(QStringLiteral("verdictBanner"));
    banner_->setFrameShape(QFrame::StyledPanel);
    banner_->setAutoFillBackground(true);
    verdict_->setObjectName(QStringLiteral("verdictLabel"));
    QFont vf = verdict_->font();
    vf.setBold(true);
    vf.setPointSizeF(vf.pointSizeF() * 1.3);
    verdict_->setFont(vf);
    reasons_->setObjectName(QStringLiteral("verdictReasons"));
    reasons_->setWordWrap(true);
    reasons_->setTextFormat(Qt::RichText);
    auto* bannerLayout = new QHBoxLayout(banner_);
    bannerLayout->setContentsMargins(10, 6, 10, 6);
    bannerLayout->addWidget(verdict_, 0, Qt::AlignTop);
    bannerLayout->addSpacing(12);
    bannerLayout->addWidget(reasons_, 1);

    promotions_->setObjectName(QStringLiteral("decisionPromotions"));
    conditions_->setObjectName(QStringLiteral("decisionConditions"));
    for (QListWidget* list : {promotions_, conditions_}) {
        list->setMaximumHeight(list->fontMetrics().height() * 7);
    }

    // One view, no scrolling on a laptop screen: the trend beside the economics, then what
    // else touches these skus and the account's history side by side.
    chart_->setMinimumHeight(160);
    chart_->setMaximumHeight(230);
    skus_->setMaximumHeight(skus_->fontMetrics().height() * 8);
    // Short headers, spelled out on hover, so the eight figures fit beside the trend.
    const QStringList full{tr("SKU (hover: name, cost, baseline)"),
                           tr("List price on the first day"),
                           tr("Discount per unit at the asked depth"),
                           tr("Margin per unit before the discount"),
                           tr("Margin per unit after the discount"),
                           tr("Expected units over the period"),
                           tr("Margin after the discount, all expected units"),
                           tr("Lift in units needed to earn the same margin")};
    for (int c = 0; c < skus_->columnCount(); ++c) {
        skus_->horizontalHeaderItem(c)->setToolTip(full[c]);
    }
    skus_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    skus_->horizontalHeader()->setStretchLastSection(false);
    skus_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    skus_->horizontalHeader()->setMinimumSectionSize(40);
    skus_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    funds_->setMaximumHeight(funds_->fontMetrics().height() * 7);
    history_->setMaximumHeight(history_->fontMetrics().height() * 7);

    auto* economics = new QVBoxLayout;
    economics->addWidget(sectionLabel(tr("Economics per sku")));
    economics->addWidget(skus_);
    economics->addStretch(1);
    auto* middle = new QHBoxLayout;
    middle->addWidget(chart_, 4);
    middle->addLayout(economics, 7);

    auto* context = new QGridLayout;
    context->addWidget(sectionLabel(tr("Promotions on these skus")), 0, 0);
    context->addWidget(sectionLabel(tr("Conditions on these skus")), 0, 1);
    context->addWidget(sectionLabel(tr("Funds")), 0, 2);
    context->addWidget(sectionLabel(tr("Past discounts of the account")), 0, 3);
    context->addWidget(promotions_, 1, 0);
    context->addWidget(conditions_, 1, 1);
    context->addWidget(funds_, 1, 2);
    context->addWidget(history_, 1, 3);
    context->setColumnStretch(0, 2);
    context->setColumnStretch(1, 2);
    context->setColumnStretch(2, 2);
    context->setColumnStretch(3, 4);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(title_);
    layout->addWidget(details_);
    layout->addWidget(banner_);
    layout->addLayout(middle, 1);
    layout->addLayout(context);
    layout->addStretch(0);
    clear();
}

QString DecisionPanelView::verdictText(DecisionPanel::Verdict v) {
    switch (v) {
        case DecisionPanel::Verdict::Approve:
            return tr("Approve");
        case DecisionPanel::Verdict::Review:
            return tr("Review");
        case DecisionPanel::Verdict::Reject:
            return tr("Reject");
    }
    return {};
}

void DecisionPanelView::clear() {
    title_->setText(tr("No request selected"));
    details_->clear();
    verdict_->clear();
    reasons_->clear();
    banner_->setPalette(palette());
    banner_->hide();
    chart_->clear();
    for (QTableWidget* t : {skus_, funds_, history_}) {
        t->setRowCount(0);
    }
    promotions_->clear();
    conditions_->clear();
}

void DecisionPanelView::showPanel(const DecisionPanel& panel) {
    clear();
    showHeader(panel);
    showVerdict(panel);
    chart_->display(panel);
    showSkus(panel);
    showOverlaps(panel);
    showFunds(panel);
    showHistory(panel);
}

void DecisionPanelView::showHeader(const DecisionPanel& panel) {
    const DiscountRequest& r = panel.request;
    title_->setText(tr("Request %1: %2 (%3)").arg(r.id).arg(qs(r.account_name), qs(r.account)));
    QStringList skus;
    for (const auto& s : r.skus) {
        skus << qs(s);
    }
    const QString level = qs(approver_level_code(r.level));
    details_->setText(
        tr("SKUs: %1 · Depth: %2 · Period: %3 · Value: %4 · Requested by: %5 · Reason: %6 · "
           "Approver: %7 · Status: %8")
            .arg(skus.join(QStringLiteral(", ")), formatPercentUnits(r.pct_units),
                 periodText(r.period), formatMinorUnits(r.value_cents), qs(r.requested_by),
                 qs(r.reason), level, qs(request_status_name(r.status))));
}

void DecisionPanelView::showVerdict(const DecisionPanel& panel) {
    // Calm tints that still read at a glance: green, amber, red.
    QColor fill;
    switch (panel.verdict) {
        case DecisionPanel::Verdict::Approve:
            fill = QColor(0xdf, 0xf2, 0xe1);
            break;
        case DecisionPanel::Verdict::Review:
            fill = QColor(0xfc, 0xf0, 0xd2);
            break;
        case DecisionPanel::Verdict::Reject:
            fill = QColor(0xf8, 0xdc, 0xd9);
            break;
    }
    QPalette pal = banner_->palette();
    pal.setColor(QPalette::Window, fill);
    pal.setColor(QPalette::WindowText, QColor(0x1f, 0x29, 0x33));
    banner_->setPalette(pal);
    verdict_->setText(verdictText(panel.verdict));
    QString list = QStringLiteral("<ul style=\"margin:0; -qt-list-indent:1\">");
    for (const auto& reason : panel.reasons) {
        list += QStringLiteral("<li>%1</li>").arg(qs(reason).toHtmlEscaped());
    }
    reasons_->setText(list + QStringLiteral("</ul>"));
    banner_->show();
}

void DecisionPanelView::showSkus(const DecisionPanel& panel) {
    skus_->setRowCount(static_cast<int>(panel.skus.size()));
    int row = 0;
    for (const auto& s : panel.skus) {
        const bool loss = s.margin_after.num <= 0;
        // The name, cost and baseline stay one hover away so the table fits beside the trend.
        QTableWidgetItem* sku = textCell(qs(s.sku));
        sku->setToolTip(tr("%1\nUnit cost %2 · baseline %3 a week")
                            .arg(qs(s.name), formatMinorUnits(s.unit_cost),
                                 formatExactUnits(s.baseline_units)));
        skus_->setItem(row, 0, sku);
        skus_->setItem(row, 1, numberCell(formatMinorUnits(s.list_price)));
        skus_->setItem(row, 2, numberCell(formatExactMoney(s.discount_per_unit)));
        skus_->setItem(row, 3, numberCell(formatExactMoney(s.margin_before)));
        skus_->setItem(row, 4, numberCell(formatExactMoney(s.margin_after), loss));
        skus_->setItem(row, 5, numberCell(formatExactUnits(s.expected_units)));
        skus_->setItem(row, 6, numberCell(formatExactMoney(s.margin_after_total), loss));
        skus_->setItem(
            row, 7,
            numberCell(s.break_even_lift_pct ? pctText(*s.break_even_lift_pct, true) : tr("none"),
                       !s.break_even_lift_pct));
        ++row;
    }
}

void DecisionPanelView::showOverlaps(const DecisionPanel& panel) {
    for (const auto& p : panel.promotions) {
        QStringList skus;
        for (const auto& s : p.skus) {
            skus << qs(s);
        }
        auto* item = new QListWidgetItem(tr("%1 %2 · %3 · %4 · %5 · %6")
                                             .arg(qs(p.promo_id), qs(p.name), qs(p.status),
                                                  periodText(p.instore), qs(p.depth),
                                                  skus.join(QStringLiteral(", "))));
        item->setData(Qt::UserRole, qs(p.promo_id));
        promotions_->addItem(item);
    }
    if (panel.promotions.empty()) {
        promotions_->addItem(tr("None"));
    }
    for (const auto& c : panel.conditions) {
        conditions_->addItem(tr("%1 · %2%3 · %4 · %5")
                                 .arg(qs(c.name), qs(c.depth),
                                      c.exclusive ? tr(" (exclusive)") : QString(),
                                      periodText(c.period), qs(c.scope)));
    }
    if (panel.conditions.empty()) {
        conditions_->addItem(tr("None"));
    }
}

void DecisionPanelView::showFunds(const DecisionPanel& panel) {
    funds_->setRowCount(static_cast<int>(panel.funds.size()));
    int row = 0;
    for (const auto& f : panel.funds) {
        funds_->setItem(row, 0, textCell(qs(f.fund)));
        funds_->setItem(row, 1, numberCell(formatMinorUnits(f.available_cents), !f.covers_value));
        const QString use =
            f.utilisation_pct.empty()
                ? QString()
                : QLocale().toString(QString::fromStdString(f.utilisation_pct).toDouble(), 'f', 2) +
                      QStringLiteral("\u00a0%");
        funds_->setItem(row, 2, numberCell(use));
        ++row;
    }
}

void DecisionPanelView::showHistory(const DecisionPanel& panel) {
    history_->setRowCount(static_cast<int>(panel.history.size()));
    int row = 0;
    for (const auto& h : panel.history) {
        const bool decided =
            h.kind == DecisionPanel::PastDiscount::Kind::Promotion || h.status == "approved";
        history_->setItem(row, 0, textCell(qs(h.what)));
        history_->setItem(row, 1, textCell(periodText(h.period)));
        history_->setItem(row, 2, textCell(qs(h.depth)));
        history_->setItem(row, 3, textCell(qs(h.status)));
        history_->setItem(row, 4, numberCell(decided ? formatExactMoney(h.spend) : QString()));
        history_->setItem(row, 5,
                          numberCell(decided ? formatExactMoney(h.incremental_profit) : QString(),
                                     h.incremental_profit.num < 0));
        history_->setItem(
            row, 6,
            numberCell(h.roi_pct ? pctText(*h.roi_pct) : QString(), h.roi_pct && *h.roi_pct < 0));
        ++row;
    }
}

}  // namespace uplift::app
