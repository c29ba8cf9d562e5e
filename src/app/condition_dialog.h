#pragma once
// Adds or edits a central discount condition (SPEC §5): name, a % of gross or an amount per
// unit, dates, scope (channel, account, brand, category, skus), exclusive or cumulative, reason.
// While the user types, the core checks the input: a clash with another exclusive condition is
// shown in red and OK stays disabled; what is allowed but worth knowing (stacking, a double
// discount with a promotion) is shown in amber.
#include <QDialog>

#include <functional>
#include <optional>

#include "discount_choices.h"
#include "discounts/condition.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace uplift::app {

// What the core says of an input before it is entered.
struct ConditionCheck {
    QString clash;         // empty: no clash with an exclusive condition
    QStringList warnings;  // allowed, but worth a look
    QString error;         // the check itself failed (the core's message)
};

class ConditionDialog : public QDialog {
    Q_OBJECT
  public:
    using Check = std::function<ConditionCheck(const ConditionInput&)>;
    // Enters the condition; returns whether the core accepted it.
    using Submit = std::function<bool(const ConditionInput&)>;

    // `editing`: the condition to change; nullopt for a new one.
    ConditionDialog(const DiscountChoices& choices, const std::optional<DiscountCondition>& editing,
                    Check check, Submit submit, QWidget* parent = nullptr);

    // The condition as typed; nullopt with the reason when something cannot be read.
    std::optional<ConditionInput> input(QString* error, bool* missing = nullptr) const;
    // Runs the core's checks on what is typed now (also done shortly after each change).
    void recheck();
    bool hasClash() const { return clash_; }

    QLineEdit* nameEdit() const { return name_; }
    QComboBox* basisCombo() const { return basis_; }
    QLineEdit* valueEdit() const { return value_; }
    QDateEdit* fromEdit() const { return from_; }
    QDateEdit* toEdit() const { return to_; }
    QComboBox* channelCombo() const { return channel_; }
    QComboBox* accountCombo() const { return account_; }
    QComboBox* brandCombo() const { return brand_; }
    QComboBox* categoryCombo() const { return category_; }
    SkuPicker* skuPicker() const { return skus_; }
    QCheckBox* exclusiveBox() const { return exclusive_; }
    QComboBox* reasonCombo() const { return reason_; }
    QLabel* clashLabel() const { return clashLabel_; }
    QLabel* warningLabel() const { return warningLabel_; }
    QPushButton* okButton() const;
    void accept() override;

  private:
    QComboBox* choiceCombo(const char* name, const QStringList& items);
    void changed();

    Check check_;
    Submit submit_;
    std::optional<std::int64_t> requestId_;
    QLineEdit* name_;
    QComboBox* basis_;
    QLineEdit* value_;
    QDateEdit* from_;
    QDateEdit* to_;
    QComboBox* channel_;
    QComboBox* account_;
    QComboBox* brand_;
    QComboBox* category_;
    SkuPicker* skus_;
    QCheckBox* exclusive_;
    QComboBox* reason_;
    QLabel* clashLabel_;
    QLabel* warningLabel_;
    QDialogButtonBox* buttons_;
    QTimer* recheckTimer_;
    bool clash_ = false;
};

}  // namespace uplift::app
