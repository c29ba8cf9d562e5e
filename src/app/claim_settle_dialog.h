#pragma once
// Settling part of a claim (the amount now; the rest stays open) or writing part of it off
// (amount and a reason, both required). Shows what stays open; the core decides, and the
// dialog stays up when it refuses, so nothing typed is lost.
#include <QDialog>

#include <functional>

#include "funds/claims.h"

class QDialogButtonBox;
class QLabel;
class QComboBox;
class QFormLayout;
class QLineEdit;

namespace uplift::app {

class ClaimSettleDialog : public QDialog {
    Q_OBJECT
  public:
    enum class Mode { Part, WriteOff };
    // `submit` books the settlement and returns whether the core accepted it.
    using Submit = std::function<bool(const Settlement&)>;

    ClaimSettleDialog(const Claim& claim, Mode mode, Submit submit, QWidget* parent = nullptr);

    // What the fields say; the amount is 0 when it cannot be read.
    Settlement settlement() const;
    QLineEdit* amountEdit() const { return amount_; }
    QLineEdit* reasonEdit() const { return reason_; }
    QLabel* previewLabel() const { return preview_; }
    // A write-off may carry a code of the reason-code catalogue (code, description); the
    // dialog of a write-off offers them beside the free-text reason.
    void setReasonCodes(const QList<QPair<QString, QString>>& codes);
    QComboBox* codeCombo() const { return code_; }
    void accept() override;

  private:
    void update();

    Claim claim_;
    Mode mode_;
    Submit submit_;
    QLineEdit* amount_;
    QLineEdit* reason_;
    QComboBox* code_ = nullptr;
    QFormLayout* form_;
    QLabel* preview_;
    QDialogButtonBox* buttons_;
};

}  // namespace uplift::app
