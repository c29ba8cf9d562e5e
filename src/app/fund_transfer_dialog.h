#pragma once
// Transfer between funds: from, to, amount and reason, with a preview of both funds' available
// after the transfer (from the figures on screen) and, for finance, an override of the
// overspend guard with its own reason. OK hands the transfer to the section; the dialog stays
// open when the core refuses it, so the user can change the amount.
#include <QDialog>

#include <functional>
#include <vector>

#include "analytics/budget_vs_actual.h"
#include "fund_transfer_command.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace uplift::app {

class FundTransferDialog : public QDialog {
    Q_OBJECT
  public:
    // `submit` books the transfer and returns whether the core accepted it.
    using Submit = std::function<bool(const FundTransferCommand::Transfer&)>;

    FundTransferDialog(const std::vector<BudgetRow>& funds, qint64 fromFund, bool mayOverride,
                       Submit submit, QWidget* parent = nullptr);

    FundTransferCommand::Transfer transfer() const;

    QComboBox* fromCombo() const { return from_; }
    QComboBox* toCombo() const { return to_; }
    QLineEdit* amountEdit() const { return amount_; }
    QLineEdit* reasonEdit() const { return reason_; }
    QCheckBox* overrideBox() const { return override_; }
    QLineEdit* overrideReasonEdit() const { return overrideReason_; }
    // "Fizz: 19,000.00 → 16,500.00"
    QString previewText() const;

    void accept() override;

  private:
    void update();
    const BudgetRow* fund(const QComboBox* combo) const;

    std::vector<BudgetRow> funds_;  // a copy: the section's rows are replaced on reload
    Submit submit_;
    QComboBox* from_;
    QComboBox* to_;
    QLineEdit* amount_;
    QLineEdit* reason_;
    QCheckBox* override_;
    QLineEdit* overrideReason_;
    QLabel* fromPreview_;
    QLabel* toPreview_;
    QLabel* problem_;
    QDialogButtonBox* buttons_;
};

}  // namespace uplift::app
