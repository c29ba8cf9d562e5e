#pragma once
// Allocate budget to one fund: amount and reason. A root fund brings new money in; a sub-fund's
// allocation is carved out of its parent, and the dialog shows what that leaves the parent.
#include <QDialog>

#include <functional>
#include <optional>

#include "analytics/budget_vs_actual.h"

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace uplift::app {

class FundAllocateDialog : public QDialog {
    Q_OBJECT
  public:
    // `submit` books the allocation (cents, reason) and returns whether the core accepted it.
    using Submit = std::function<bool(qint64 cents, const QString& reason)>;

    // `parent` is the fund's parent row, nullptr for a root fund.
    FundAllocateDialog(const BudgetRow& fund, const BudgetRow* parentFund, Submit submit,
                       QWidget* parent = nullptr);

    QLineEdit* amountEdit() const { return amount_; }
    QLineEdit* reasonEdit() const { return reason_; }
    void accept() override;

  private:
    void update();

    BudgetRow fund_;  // copies: the section's rows are replaced on every reload
    std::optional<BudgetRow> parentFund_;
    Submit submit_;
    QLineEdit* amount_;
    QLineEdit* reason_;
    QLabel* preview_;
    QDialogButtonBox* buttons_;
};

}  // namespace uplift::app
