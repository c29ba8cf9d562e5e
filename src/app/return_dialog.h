#pragma once
// Enters one return or write-off (SPEC §5): kind, date, account, sku, units, amount, reason
// code and a note. The core checks it; the dialog stays open when it refuses.
#include <QDialog>

#include <functional>
#include <optional>

#include "discount_choices.h"
#include "discounts/returns.h"

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace uplift::app {

class ReturnDialog : public QDialog {
    Q_OBJECT
  public:
    using Submit = std::function<bool(const NewReturn&)>;

    ReturnDialog(const DiscountChoices& choices, Submit submit, QWidget* parent = nullptr);

    std::optional<NewReturn> entry(QString* error, bool* missing = nullptr) const;

    QComboBox* kindCombo() const { return kind_; }
    QDateEdit* dateEdit() const { return date_; }
    QComboBox* accountCombo() const { return account_; }
    QComboBox* skuCombo() const { return sku_; }
    QSpinBox* unitsBox() const { return units_; }
    QLineEdit* amountEdit() const { return amount_; }
    QComboBox* reasonCombo() const { return reason_; }
    QLineEdit* noteEdit() const { return note_; }
    void accept() override;

  private:
    void update();

    Submit submit_;
    QComboBox* kind_;
    QDateEdit* date_;
    QComboBox* account_;
    QComboBox* sku_;
    QSpinBox* units_;
    QLineEdit* amount_;
    QComboBox* reason_;
    QLineEdit* note_;
    QLabel* error_;
    QDialogButtonBox* buttons_;
};

}  // namespace uplift::app
