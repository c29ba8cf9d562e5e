#pragma once
// The planned P&L of a promotion as the core computes it (simulate_promotion), one figure a
// line, with the post-event figures beside it once actuals exist. Read-only; the editor calls
// display() again after every change.
#include <QWidget>

#include <map>
#include <optional>

#include "promotions/planning.h"
#include "promotions/post_event.h"

class QGridLayout;
class QLabel;

namespace uplift::app {

class PnlPanel : public QWidget {
    Q_OBJECT
  public:
    enum class Figure {
        GrossSales,
        TradeSpend,
        NetSales,
        Cogs,
        GrossMargin,
        BaselineUnits,
        PlannedUnits,
        IncrementalUnits,
        IncrementalProfit,
        Roi,
        BreakEvenLift,
    };

    explicit PnlPanel(QWidget* parent = nullptr);

    // `actual`: the post-event figures, when the promotion has actuals.
    void display(const PlannedPnl& pnl, const std::optional<RoiFigures>& actual);
    void clear();
    // The planned figure as shown ("1,234.56"), and the actual one (empty when none).
    QString text(Figure f) const;
    QString actualText(Figure f) const;

  private:
    struct Cells {
        QLabel* planned = nullptr;
        QLabel* actual = nullptr;
    };
    void setCell(QLabel* label, const QString& text, int sign);

    QGridLayout* grid_;
    QLabel* actualHeader_;
    std::map<Figure, Cells> cells_;
};

}  // namespace uplift::app
