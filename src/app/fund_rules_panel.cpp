#include "fund_rules_panel.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "app_session.h"
#include "error_display.h"
#include "errors.h"
#include "filtered_table_view.h"
#include "fund_rule_dialog.h"
#include "fund_rule_table_model.h"
#include "money_format.h"
#include "rule_firing_model.h"
#include "rule_log_model.h"
#include "rule_text.h"
#include "text_conversions.h"

namespace uplift::app {

namespace {

constexpr std::string_view kRulesRight = "funds.rules";
// The confirmation lists at most this many lines; the table behind it shows them all.
constexpr std::size_t kConfirmLines = 15;

FilteredTableView* readOnlyView(QAbstractItemModel* model, const char* tableName, int stretch,
                                QWidget* parent) {
    auto* view = new FilteredTableView(parent);
    view->setSourceModel(model);
    view->table()->setObjectName(QLatin1String(tableName));
    view->table()->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->table()->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setStretchColumn(stretch);
    return view;
}

}  // namespace

FundRulesPanel::FundRulesPanel(AppSession& session, QWidget* parent)
    : QWidget(parent),
      session_(session),
      rules_(new FundRuleTableModel(session, this)),
      firings_(new RuleFiringModel(this)),
      log_(new RuleLogModel(session, this)),
      tabs_(new QTabWidget(this)),
      rulesView_(readOnlyView(rules_, "fundRulesTable", FundRuleTableModel::Sentence, this)),
      firingsView_(readOnlyView(firings_, "ruleFiringsTable", RuleFiringModel::Subject, this)),
      logView_(readOnlyView(log_, "ruleLogTable", RuleLogModel::Subject, this)),
      newButton_(new QPushButton(tr("&New rule…"), this)),
      dryRunButton_(new QPushButton(tr("&Dry run"), this)),
      runButton_(new QPushButton(tr("&Run…"), this)) {
    setObjectName(QStringLiteral("fundRulesPanel"));
    newButton_->setObjectName(QStringLiteral("newRuleButton"));
    dryRunButton_->setObjectName(QStringLiteral("dryRunButton"));
    runButton_->setObjectName(QStringLiteral("runRulesButton"));
    dryRunButton_->setToolTip(tr("Shows what the due rules would book today; writes nothing"));
    // The GUI only shows or hides; the core checks the right again on every call.
    if (session.can(kRulesRight)) {
        runButton_->setToolTip(tr("Books what the dry run shows, after you confirm it"));
    } else {
        const QString why = tr("Needs the right “%1”.").arg(qs(kRulesRight));
        newButton_->setEnabled(false);
        newButton_->setToolTip(why);
        runButton_->setEnabled(false);
        runButton_->setToolTip(why);
    }
    rulesView_->filterEdit()->setPlaceholderText(tr("Find a rule (Ctrl+F)"));
    firingsView_->setNotice(tr("Press Dry run to see what the due rules would book."));

    tabs_->setObjectName(QStringLiteral("fundRulesTabs"));
    tabs_->setDocumentMode(true);
    tabs_->addTab(rulesView_, tr("R&ules"));
    tabs_->addTab(firingsView_, tr("Dry run / &booked"));
    tabs_->addTab(logView_, tr("Firing &log"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(newButton_);
    buttons->addSpacing(12);
    buttons->addWidget(dryRunButton_);
    buttons->addWidget(runButton_);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(tabs_, 1);

    connect(newButton_, &QPushButton::clicked, this, &FundRulesPanel::newRule);
    connect(dryRunButton_, &QPushButton::clicked, this, &FundRulesPanel::dryRun);
    connect(runButton_, &QPushButton::clicked, this, &FundRulesPanel::run);
    reload();
}

const std::vector<RuleFiring>& FundRulesPanel::shownFirings() const {
    return firings_->firings();
}

void FundRulesPanel::reload() {
    try {
        rules_->reload();
        log_->reload();
    } catch (const DatabaseError& e) {
        showRefusal(this, tr("Fund rules not loaded"), qs(e.what()));
        return;
    }
    // Figures may have changed: an earlier dry run no longer says what a run would book.
    if (shown_ == Shown::DryRun) {
        showFirings({}, Shown::Nothing);
    }
    rulesView_->fitColumns();
    logView_->fitColumns();
}

FundRuleDialog* FundRulesPanel::newRule() {
    auto* dialog = new FundRuleDialog(session_, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        tabs_->setCurrentWidget(rulesView_);
        emit rulesChanged();
    });
    dialog->open();
    return dialog;
}

bool FundRulesPanel::preview(std::vector<RuleFiring>& out) {
    try {
        out = run_rules(session_.connection(), session_.action(), true);
    } catch (const UserError& e) {
        showRefusal(this, tr("Dry run refused"), qs(e.what()));
        return false;
    } catch (const DatabaseError& e) {
        showRefusal(this, tr("Dry run failed"), qs(e.what()));
        return false;
    }
    return true;
}

void FundRulesPanel::dryRun() {
    std::vector<RuleFiring> firings;
    if (preview(firings)) {
        showFirings(std::move(firings), Shown::DryRun);
    }
}

void FundRulesPanel::run() {
    std::vector<RuleFiring> firings;
    if (!preview(firings)) {
        return;
    }
    // The table shows the very lines the confirmation lists and the run must book.
    showFirings(firings, Shown::DryRun);
    if (firings.empty()) {
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Run fund rules"),
                                tr("Book these movements on %1? Movements: %2, total %3.")
                                    .arg(RuleText::date(session_.today()))
                                    .arg(firings.size())
                                    .arg(formatMinorUnits(firings_->total())),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("runRulesConfirmBox"));
    box->setInformativeText(firingLines(firings));
    box->button(QMessageBox::Yes)->setText(tr("&Book"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, firings] {
        if (box->clickedButton() == box->button(QMessageBox::Yes)) {
            book(firings);
        }
    });
    box->open();
}

void FundRulesPanel::book(const std::vector<RuleFiring>& confirmed) {
    std::vector<RuleFiring> booked;
    try {
        // Refused, writing nothing, if the rules would now book anything but the confirmed lines.
        booked = run_previewed_rules(session_.connection(), session_.action(), confirmed);
    } catch (const UserError& e) {
        showRefusal(this, tr("Fund rules not run"), qs(e.what()));
        dryRun();
        return;
    } catch (const DatabaseError& e) {
        showRefusal(this, tr("Fund rules not run"), qs(e.what()));
        return;
    }
    try {
        log_->reload();
    } catch (const DatabaseError& e) {
        showRefusal(this, tr("Fund rules not loaded"), qs(e.what()));
    }
    logView_->fitColumns();
    const bool changed = !booked.empty();
    showFirings(std::move(booked), Shown::Booked);
    if (changed) {
        emit rulesChanged();
    }
}

void FundRulesPanel::showFirings(std::vector<RuleFiring> firings, Shown what) {
    shown_ = what;
    firings_->setFirings(std::move(firings));
    const int n = firings_->rowCount();
    const QString day = RuleText::date(session_.today());
    const QString total = formatMinorUnits(firings_->total());
    QString notice;
    switch (what) {
        case Shown::Nothing:
            notice = tr("Press Dry run to see what the due rules would book.");
            break;
        case Shown::DryRun:
            notice = n == 0
                         ? tr("Dry run for %1: no rule is due, nothing would be booked.").arg(day)
                         : tr("Dry run for %1, nothing has been written. Movements the due "
                              "rules would book: %2, total %3.")
                               .arg(day)
                               .arg(n)
                               .arg(total);
            break;
        case Shown::Booked:
            notice = n == 0
                         ? tr("Nothing was due; nothing was booked.")
                         : tr("Booked on %1. Movements: %2, total %3.").arg(day).arg(n).arg(total);
            break;
    }
    firingsView_->setNotice(notice);
    firingsView_->fitColumns();
    if (what != Shown::Nothing) {
        tabs_->setCurrentWidget(firingsView_);
    }
}

QString FundRulesPanel::firingLines(const std::vector<RuleFiring>& firings) const {
    QStringList lines;
    for (std::size_t i = 0; i < firings.size() && i < kConfirmLines; ++i) {
        const RuleFiring& f = firings[i];
        lines << tr("%1 (%2): %3 → %4, %5")
                     .arg(qs(f.rule), qs(f.subject), RuleText::sourceFund(f.from_fund),
                          qs(f.to_fund), formatMinorUnits(f.amount));
    }
    if (firings.size() > kConfirmLines) {
        lines << tr("… and %1 more in the table").arg(firings.size() - kConfirmLines);
    }
    return lines.join(QLatin1Char('\n'));
}

}  // namespace uplift::app
