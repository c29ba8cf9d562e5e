#pragma once
// New fund: name, parent, type (fixed, or accrual at a % of gross sales or an amount per unit),
// scope (brand, account, channel, region), optional period and cash limit, owner. The core
// checks everything; the dialog stays open when it refuses, so nothing typed is lost.
#include <QDate>
#include <QDialog>
#include <QList>
#include <QPair>
#include <QStringList>

#include <functional>
#include <optional>

#include "funds/fund.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;

namespace uplift::app {

// What the combos offer, read from the core by the caller.
struct NewFundChoices {
    QStringList funds;
    QString parent;  // preselected
    QStringList brands;
    QList<QPair<QString, QString>> accounts;  // code, name
    QStringList channels;
    QStringList regions;
    QStringList users;
    QString owner;  // preselected: the acting user
    QDate today;
};

class NewFundDialog : public QDialog {
    Q_OBJECT
  public:
    // `submit` creates the fund and returns whether the core accepted it.
    using Submit = std::function<bool(const FundSpec&)>;

    NewFundDialog(const NewFundChoices& choices, Submit submit, QWidget* parent = nullptr);

    // The fund as typed; nullopt with the reason when a number cannot be read.
    std::optional<FundSpec> spec(QString* error) const;

    QLineEdit* nameEdit() const { return name_; }
    QComboBox* parentCombo() const { return parent_; }
    QComboBox* typeCombo() const { return type_; }
    QLineEdit* rateEdit() const { return rate_; }
    QComboBox* brandCombo() const { return brand_; }
    QComboBox* accountCombo() const { return account_; }
    void accept() override;

  private:
    QComboBox* choiceCombo(const char* name, const QStringList& items);
    void update();

    Submit submit_;
    QLineEdit* name_;
    QComboBox* parent_;
    QComboBox* type_;
    QComboBox* basis_;
    QLineEdit* rate_;
    QComboBox* brand_;
    QComboBox* account_;
    QComboBox* channel_;
    QComboBox* region_;
    QCheckBox* hasPeriod_;
    QDateEdit* from_;
    QDateEdit* to_;
    QCheckBox* hasCashLimit_;
    QLineEdit* cashLimit_;
    QComboBox* owner_;
    QDialogButtonBox* buttons_;
};

}  // namespace uplift::app
