#include "pnl_panel.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>

#include "exact_format.h"

namespace uplift::app {

namespace {

int signOf(const Exact& e) {
    return e.num > 0 ? 1 : (e.num < 0 ? -1 : 0);
}

}  // namespace

PnlPanel::PnlPanel(QWidget* parent)
    : QWidget(parent), grid_(new QGridLayout(this)), actualHeader_(new QLabel(tr("Actual"), this)) {
    setObjectName(QStringLiteral("pnlPanel"));
    grid_->setContentsMargins(0, 0, 0, 0);
    grid_->setHorizontalSpacing(18);
    grid_->setVerticalSpacing(3);
    auto* title = new QLabel(tr("<b>Profit and loss</b>"), this);
    auto* plannedHeader = new QLabel(tr("Planned"), this);
    plannedHeader->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    actualHeader_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    for (QLabel* h : {plannedHeader, actualHeader_}) {
        h->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    }
    grid_->addWidget(title, 0, 0);
    grid_->addWidget(plannedHeader, 0, 1);
    grid_->addWidget(actualHeader_, 0, 2);

    const std::pair<Figure, QString> rows[] = {
        {Figure::GrossSales, tr("Gross sales")},
        {Figure::TradeSpend, tr("Trade spend")},
        {Figure::NetSales, tr("Net sales")},
        {Figure::Cogs, tr("Cost of goods")},
        {Figure::GrossMargin, tr("Gross margin")},
        {Figure::BaselineUnits, tr("Baseline units")},
        {Figure::PlannedUnits, tr("Promoted units")},
        {Figure::IncrementalUnits, tr("Incremental units")},
        {Figure::IncrementalProfit, tr("Incremental profit")},
        {Figure::Roi, tr("ROI")},
        {Figure::BreakEvenLift, tr("Break-even lift")},
    };
    int r = 1;
    for (const auto& [figure, label] : rows) {
        if (figure == Figure::BaselineUnits || figure == Figure::IncrementalProfit) {
            auto* line = new QFrame(this);
            line->setFrameShape(QFrame::HLine);
            line->setFrameShadow(QFrame::Sunken);
            grid_->addWidget(line, r++, 0, 1, 3);
        }
        auto* name = new QLabel(label, this);
        Cells c;
        c.planned = new QLabel(this);
        c.actual = new QLabel(this);
        for (QLabel* value : {c.planned, c.actual}) {
            value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse);
            value->setMinimumWidth(
                fontMetrics().horizontalAdvance(QStringLiteral("-000,000,000.00")));
        }
        const auto key = static_cast<int>(figure);
        c.planned->setObjectName(QStringLiteral("pnlPlanned%1").arg(key));
        c.actual->setObjectName(QStringLiteral("pnlActual%1").arg(key));
        if (figure == Figure::IncrementalProfit || figure == Figure::Roi) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
            c.planned->setFont(bold);
            c.actual->setFont(bold);
        }
        grid_->addWidget(name, r, 0);
        grid_->addWidget(c.planned, r, 1);
        grid_->addWidget(c.actual, r, 2);
        cells_[figure] = c;
        ++r;
    }
    grid_->setColumnStretch(0, 1);
    grid_->setRowStretch(r, 1);
    cells_[Figure::BreakEvenLift].planned->setToolTip(
        tr("The lift over baseline at which the promotion's incremental profit is zero"));
    clear();
}

void PnlPanel::setCell(QLabel* label, const QString& text, int sign) {
    label->setText(text);
    // Favourable in green, unfavourable in red (only where the sign means something).
    label->setStyleSheet(sign > 0   ? QStringLiteral("color: #2e7d32;")
                         : sign < 0 ? QStringLiteral("color: #b3261e;")
                                    : QString());
}

void PnlPanel::display(const PlannedPnl& p, const std::optional<RoiFigures>& actual) {
    setCell(cells_[Figure::GrossSales].planned, formatExactMoney(p.gross_sales), 0);
    setCell(cells_[Figure::TradeSpend].planned, formatExactMoney(p.spend), 0);
    cells_[Figure::TradeSpend].planned->setToolTip(
        tr("Variable %1, fixed %2")
            .arg(formatExactMoney(p.variable_spend), formatExactMoney(p.fixed_spend)));
    setCell(cells_[Figure::NetSales].planned, formatExactMoney(p.net_sales), 0);
    setCell(cells_[Figure::Cogs].planned, formatExactMoney(p.cogs), 0);
    setCell(cells_[Figure::GrossMargin].planned, formatExactMoney(p.gross_margin),
            signOf(p.gross_margin) < 0 ? -1 : 0);
    setCell(cells_[Figure::BaselineUnits].planned, formatExactUnits(p.baseline_units), 0);
    setCell(cells_[Figure::PlannedUnits].planned, formatExactUnits(p.planned_units), 0);
    setCell(cells_[Figure::IncrementalUnits].planned, formatExactUnits(p.incremental_units),
            signOf(p.incremental_units));
    setCell(cells_[Figure::IncrementalProfit].planned, formatExactMoney(p.incremental_profit),
            signOf(p.incremental_profit));
    const QString roi = formatRatioPct(p.incremental_profit, p.spend);
    setCell(cells_[Figure::Roi].planned, roi.isEmpty() ? tr("–") : roi,
            signOf(p.incremental_profit));
    setCell(cells_[Figure::BreakEvenLift].planned,
            p.break_even_lift ? tr("×%1").arg(QLocale().toString(*p.break_even_lift, 'f', 2))
                              : tr("none"),
            0);

    for (auto& [figure, c] : cells_) {
        c.actual->clear();
        c.actual->setVisible(actual.has_value());
    }
    actualHeader_->setVisible(actual.has_value());
    if (actual) {
        const RoiFigures& a = *actual;
        setCell(cells_[Figure::TradeSpend].actual, formatExactMoney(a.spend), 0);
        setCell(cells_[Figure::BaselineUnits].actual, formatExactUnits(a.baseline_units), 0);
        setCell(cells_[Figure::PlannedUnits].actual, QLocale().toString(a.actual_units), 0);
        setCell(cells_[Figure::IncrementalUnits].actual, formatExactUnits(a.incremental_units),
                signOf(a.incremental_units));
        setCell(cells_[Figure::IncrementalProfit].actual, formatExactMoney(a.incremental_profit),
                signOf(a.incremental_profit));
        const QString actualRoi = formatRatioPct(a.incremental_profit, a.spend);
        setCell(cells_[Figure::Roi].actual, actualRoi.isEmpty() ? tr("–") : actualRoi,
                signOf(a.incremental_profit));
    }
}

void PnlPanel::clear() {
    for (auto& [figure, c] : cells_) {
        c.planned->clear();
        c.actual->clear();
        c.actual->setVisible(false);
    }
    actualHeader_->setVisible(false);
}

QString PnlPanel::text(Figure f) const {
    const auto it = cells_.find(f);
    return it == cells_.end() ? QString() : it->second.planned->text();
}

QString PnlPanel::actualText(Figure f) const {
    const auto it = cells_.find(f);
    return it == cells_.end() ? QString() : it->second.actual->text();
}

}  // namespace uplift::app
