#pragma once
// New discount request (SPEC §5): account, skus, depth, period, reason code, expected units and
// an optional promotion it belongs to. The core values and routes it; the dialog stays open
// when the core refuses, so nothing typed is lost.
#include <QDialog>

#include <functional>
#include <optional>

#include "discount_choices.h"
#include "discounts/discount_request.h"

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace uplift::app {

class DiscountRequestDialog : public QDialog {
    Q_OBJECT
  public:
    // Raises the request; returns whether the core accepted it.
    using Submit = std::function<bool(const NewDiscountRequest&)>;

    DiscountRequestDialog(const DiscountChoices& choices, Submit submit, QWidget* parent = nullptr);

    // The request as typed; nullopt with the reason when something cannot be read (`missing`:
    // only because something is not filled in yet).
    std::optional<NewDiscountRequest> request(QString* error, bool* missing = nullptr) const;

    QComboBox* accountCombo() const { return account_; }
    SkuPicker* skuPicker() const { return skus_; }
    QLineEdit* depthEdit() const { return depth_; }
    QDateEdit* fromEdit() const { return from_; }
    QDateEdit* toEdit() const { return to_; }
    QComboBox* reasonCombo() const { return reason_; }
    QLineEdit* unitsEdit() const { return units_; }
    QComboBox* promotionCombo() const { return promotion_; }
    QLineEdit* noteEdit() const { return note_; }
    void accept() override;

  private:
    void update();

    Submit submit_;
    QComboBox* account_;
    SkuPicker* skus_;
    QLineEdit* depth_;
    QDateEdit* from_;
    QDateEdit* to_;
    QComboBox* reason_;
    QLineEdit* units_;
    QComboBox* promotion_;
    QLineEdit* note_;
    QLabel* error_;
    QDialogButtonBox* buttons_;
};

}  // namespace uplift::app
