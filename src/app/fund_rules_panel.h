#pragma once
// The fund rules of SPEC §4 for the Funds screen: the rules as sentences, "New rule…", a dry run
// that shows what the due rules would book without writing anything, a run that books exactly
// the confirmed dry run, and the log of every firing. Self-contained, so it can sit in a tab.
#include <QWidget>

#include <vector>

#include "funds/rules.h"

class QLabel;
class QPushButton;
class QTabWidget;

namespace uplift::app {

class AppSession;
class FilteredTableView;
class FundRuleDialog;
class FundRuleTableModel;
class RuleFiringModel;
class RuleLogModel;

class FundRulesPanel : public QWidget {
    Q_OBJECT
  public:
    explicit FundRulesPanel(AppSession& session, QWidget* parent = nullptr);

    // What the firings table shows: nothing yet, a dry run, or what a run booked.
    enum class Shown { Nothing, DryRun, Booked };
    Q_ENUM(Shown)
    Shown shown() const { return shown_; }
    const std::vector<RuleFiring>& shownFirings() const;

    FilteredTableView* rulesView() const { return rulesView_; }
    FilteredTableView* firingsView() const { return firingsView_; }
    FilteredTableView* logView() const { return logView_; }
    QTabWidget* tabs() const { return tabs_; }

  public slots:
    void reload();
    // Opens the New rule dialog (window-modal, not blocking) and returns it.
    FundRuleDialog* newRule();
    void dryRun();
    // Dry run, then a confirmation listing the same lines, then the booking.
    void run();

  signals:
    // A run booked money or a rule was added: fund figures or the rule list changed.
    void rulesChanged();

  private:
    bool preview(std::vector<RuleFiring>& out);
    void book(const std::vector<RuleFiring>& confirmed);
    void showFirings(std::vector<RuleFiring> firings, Shown what);
    QString firingLines(const std::vector<RuleFiring>& firings) const;

    AppSession& session_;
    FundRuleTableModel* rules_;
    RuleFiringModel* firings_;
    RuleLogModel* log_;
    QTabWidget* tabs_;
    FilteredTableView* rulesView_;
    FilteredTableView* firingsView_;
    FilteredTableView* logView_;
    QPushButton* newButton_;
    QPushButton* dryRunButton_;
    QPushButton* runButton_;
    Shown shown_ = Shown::Nothing;
};

}  // namespace uplift::app
