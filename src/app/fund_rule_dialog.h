#pragma once
// New fund rule: the user picks one of the three kinds of SPEC §4 and fills typed fields; the
// dialog builds the rule's JSON and hands it to the core, which validates and stores it. A
// refusal is shown inside the dialog, which stays open so the user can correct it.
#include <QDialog>

#include <cstdint>

#include "funds/rules.h"

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace uplift::app {

class AppSession;

class FundRuleDialog : public QDialog {
    Q_OBJECT
  public:
    enum Kind { ReturnToParent, MoveShare, TargetBonus };

    explicit FundRuleDialog(AppSession& session, QWidget* parent = nullptr);

    // The rule as the fields describe it; throws UserError when the bonus amount is no amount.
    RuleSpec spec() const;
    // The id of the rule the core stored (0 until then).
    std::int64_t ruleId() const { return ruleId_; }
    QString errorText() const;

  public slots:
    // Stores the rule through the core; closes only when the core accepted it.
    void accept() override;

  private:
    QWidget* buildClosePage();
    QWidget* buildDatePage();
    QWidget* buildTargetPage();
    QComboBox* fundPicker(const char* objectName, QWidget* parent, bool withAny = false);
    QDoubleSpinBox* percentBox(const char* objectName, double max, double value, QWidget* parent);
    void showError(const QString& message);

    AppSession& session_;
    QLineEdit* name_;
    QComboBox* kind_;
    QStackedWidget* pages_;
    QComboBox* closeScope_ = nullptr;
    QDateEdit* date_ = nullptr;
    QComboBox* watchedFund_ = nullptr;
    QDoubleSpinBox* usedBelow_ = nullptr;
    QDoubleSpinBox* share_ = nullptr;
    QComboBox* toFund_ = nullptr;
    QComboBox* account_ = nullptr;
    QLineEdit* period_ = nullptr;
    QDoubleSpinBox* reached_ = nullptr;
    QLineEdit* amount_ = nullptr;
    QComboBox* bonusFund_ = nullptr;
    QLabel* error_;
    QDialogButtonBox* buttons_;
    std::int64_t ruleId_ = 0;
};

}  // namespace uplift::app
