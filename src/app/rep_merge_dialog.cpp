#include "rep_merge_dialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "app_session.h"
#include "background_jobs.h"
#include "choice_delegate.h"
#include "error_display.h"
#include "merge_conflict_model.h"
#include "merged_target_model.h"
#include "text_conversions.h"

namespace uplift::app {

namespace {

QTableView* makeTable(QAbstractItemModel* model, const char* name, QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setObjectName(QLatin1String(name));
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->hide();
    return view;
}

}  // namespace

RepMergeDialog::RepMergeDialog(const AppSession& session, const QString& repFile, QWidget* parent)
    : QDialog(parent),
      database_(toPath(session.filePath())),
      actor_(session.action()),
      repFile_(repFile),
      summary_(new QLabel(this)),
      busy_(new QProgressBar(this)),
      allHq_(new QPushButton(tr("Keep &HQ for all"), this)),
      allRep_(new QPushButton(tr("Take &rep's for all"), this)),
      buttons_(new QDialogButtonBox(this)),
      conflicts_(new MergeConflictModel(this)),
      applied_(new MergedTargetModel(this)) {
    setObjectName(QStringLiteral("repMergeDialog"));
    setWindowTitle(tr("Merge rep file"));
    summary_->setObjectName(QStringLiteral("mergeSummary"));
    summary_->setWordWrap(true);
    busy_->setObjectName(QStringLiteral("mergeBusy"));
    busy_->setRange(0, 0);  // the core reports no progress: a busy bar
    busy_->hide();
    allHq_->setObjectName(QStringLiteral("mergeAllHq"));
    allRep_->setObjectName(QStringLiteral("mergeAllRep"));
    conflictView_ = makeTable(conflicts_, "mergeConflicts", this);
    appliedView_ = makeTable(applied_, "mergeApplied", this);
    conflictView_->setEditTriggers(QAbstractItemView::AllEditTriggers);
    conflictView_->setItemDelegateForColumn(
        MergeConflictModel::Choice,
        new ChoiceDelegate(
            [] {
                return QList<Choice>{{MergeConflictModel::choiceLabel(ConflictChoice::Ours),
                                      QLatin1String(MergeConflictModel::kOurs)},
                                     {MergeConflictModel::choiceLabel(ConflictChoice::Theirs),
                                      QLatin1String(MergeConflictModel::kTheirs)}};
            },
            false, conflictView_));

    apply_ = buttons_->addButton(tr("&Apply"), QDialogButtonBox::ActionRole);
    apply_->setObjectName(QStringLiteral("mergeApply"));
    cancelButton_ = buttons_->addButton(QDialogButtonBox::Cancel);
    close_ = buttons_->addButton(QDialogButtonBox::Close);
    connect(buttons_, &QDialogButtonBox::rejected, this, &RepMergeDialog::reject);
    connect(apply_, &QPushButton::clicked, this, [this] { run(conflicts_->conflicts()); });
    connect(allHq_, &QPushButton::clicked, this,
            [this] { conflicts_->setAllChoices(ConflictChoice::Ours); });
    connect(allRep_, &QPushButton::clicked, this,
            [this] { conflicts_->setAllChoices(ConflictChoice::Theirs); });
    connect(conflicts_, &MergeConflictModel::choicesChanged, this, &RepMergeDialog::updateApply);
    connect(&watcher_, &QFutureWatcher<RepMergeOutcome>::finished, this, &RepMergeDialog::finished);

    auto* all = new QHBoxLayout;
    all->addWidget(allHq_);
    all->addWidget(allRep_);
    all->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary_);
    layout->addWidget(busy_);
    layout->addWidget(conflictView_, 1);
    layout->addLayout(all);
    layout->addWidget(appliedView_, 1);
    layout->addWidget(buttons_);
    resize(860, 460);
    summary_->setText(
        tr("Merge %1 into %2.")
            .arg(QFileInfo(repFile_).fileName(), QFileInfo(session.filePath()).fileName()));
    setState(State::Ready);
}

RepMergeDialog::~RepMergeDialog() {
    cancel_.store(true);
    watcher_.waitForFinished();
}

void RepMergeDialog::start() {
    run(std::nullopt);
}

QString RepMergeDialog::summaryText() const {
    return summary_->text();
}

void RepMergeDialog::reject() {
    if (isRunning()) {
        // The core rolls back when interrupted; the dialog closes once the worker is done.
        cancel_.store(true);
        closeWhenDone_ = true;
        cancelButton_->setEnabled(false);
        return;
    }
    QDialog::reject();
}

void RepMergeDialog::run(std::optional<std::vector<MergeConflict>> settled) {
    if (isRunning()) {
        return;
    }
    cancel_.store(false);
    ActionContext actor = actor_;
    actor.now = nowIso();
    summary_->setText(settled
                          ? tr("Merging %1 with your choices…").arg(QFileInfo(repFile_).fileName())
                          : tr("Merging %1…").arg(QFileInfo(repFile_).fileName()));
    setState(State::Running);
    // The worker gets copies only: the dialog's members stay on the GUI thread.
    watcher_.setFuture(QtConcurrent::run(
        backgroundJobPool(), [db = database_, who = std::move(actor), file = toPath(repFile_),
                              choices = std::move(settled), flag = &cancel_] {
            return runRepMerge(db, who, file, choices ? &*choices : nullptr, flag);
        }));
}

void RepMergeDialog::finished() {
    const RepMergeOutcome out = watcher_.result();
    showOutcome(out);
    if (out.status == RepJobStatus::Done && !out.result.applied.empty()) {
        emit merged();
    }
    if (closeWhenDone_) {
        closeWhenDone_ = false;
        QDialog::reject();
    }
}

void RepMergeDialog::showOutcome(const RepMergeOutcome& out) {
    const QString file = QFileInfo(repFile_).fileName();
    switch (out.status) {
        case RepJobStatus::Done:
            result_ = out.result;
            if (result_.stopped) {
                showConflicts(result_);
            } else {
                showApplied(result_);
            }
            break;
        case RepJobStatus::Stale:
            // Someone changed the main file since the conflicts were listed: list them again.
            note_ = tr("The main file changed while you chose; these are the conflicts now.");
            state_ = State::Ready;
            run(std::nullopt);
            return;
        case RepJobStatus::Cancelled:
            summary_->setText(tr("Cancelled: nothing was merged."));
            setState(State::Cancelled);
            break;
        case RepJobStatus::Refused:
        case RepJobStatus::Failed:
            summary_->setText(tr("Nothing was merged: %1").arg(out.message));
            setState(State::Refused);
            showRefusal(this, tr("Cannot merge %1").arg(file), out.message);
            break;
    }
    note_.clear();
}

void RepMergeDialog::showConflicts(const RepMergeResult& r) {
    conflicts_->setConflicts(r.conflicts);
    QString text = tr("Conflicts to settle: %1 (targets changed both at HQ and by rep %2 since "
                      "the export). Nothing has been merged yet: choose which value to keep for "
                      "each, then Apply.")
                       .arg(r.conflicts.size())
                       .arg(qs(r.rep));
    if (!note_.isEmpty()) {
        text = note_ + QLatin1Char(' ') + text;
    }
    summary_->setText(text);
    setState(State::Conflicts);
}

void RepMergeDialog::showApplied(const RepMergeResult& r) {
    applied_->setApplied(r.applied);
    std::int64_t kept = 0;
    for (const MergeConflict& c : r.conflicts) {
        kept += c.choice == ConflictChoice::Ours ? 1 : 0;
    }
    QString text;
    if (r.nothing_new()) {
        text = tr("Nothing new to merge: the main file already holds what this file brings "
                  "(changes already here: %1).")
                   .arg(r.skipped);
    } else {
        text = tr("Merged the file of rep %1. Targets applied: %2; already in the main file: %3.")
                   .arg(qs(r.rep))
                   .arg(r.applied.size())
                   .arg(r.skipped);
    }
    if (kept > 0) {
        text += QLatin1Char(' ') + tr("Conflicts where HQ's value was kept: %1.").arg(kept);
    }
    if (!note_.isEmpty()) {
        text = note_ + QLatin1Char(' ') + text;
    }
    summary_->setText(text);
    setState(r.nothing_new() ? State::NothingNew : State::Merged);
}

void RepMergeDialog::setState(State s) {
    state_ = s;
    const bool running = s == State::Running;
    const bool choosing = s == State::Conflicts;
    busy_->setVisible(running);
    conflictView_->setVisible(choosing);
    allHq_->setVisible(choosing);
    allRep_->setVisible(choosing);
    apply_->setVisible(choosing);
    appliedView_->setVisible(s == State::Merged);
    // Until something is settled the way out is Cancel; afterwards only Close.
    const bool cancellable = running || choosing || s == State::Ready;
    cancelButton_->setVisible(cancellable);
    cancelButton_->setEnabled(true);
    close_->setVisible(!cancellable);
    updateApply();
}

void RepMergeDialog::updateApply() {
    const bool ready = state_ == State::Conflicts && conflicts_->allChosen();
    apply_->setEnabled(ready);
    apply_->setToolTip(state_ == State::Conflicts && !ready
                           ? tr("Choose which value to keep for every conflict first.")
                           : QString());
}

}  // namespace uplift::app
