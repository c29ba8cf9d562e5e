#include "target_commands.h"

#include <QWidget>

#include "app_session.h"
#include "error_display.h"
#include "text_conversions.h"

namespace uplift::app {

TargetEditCommand::TargetEditCommand(AppSession& session, std::vector<TargetEdit> before,
                                     std::vector<TargetEdit> after, Applied applied,
                                     QWidget* messageParent, const QString& text)
    : QUndoCommand(text),
      session_(session),
      before_(std::move(before)),
      after_(std::move(after)),
      applied_(std::move(applied)),
      messageParent_(messageParent) {}

bool TargetEditCommand::write(const std::vector<TargetEdit>& edits) {
    try {
        set_targets(session_.connection(), session_.action(), edits);
    } catch (const std::exception& e) {
        showRefusal(messageParent_, tr("Targets not changed"), qs(e.what()));
        setObsolete(true);
        return false;
    }
    if (applied_) {
        applied_(edits);
    }
    return true;
}

void TargetEditCommand::redo() {
    write(after_);
}

void TargetEditCommand::undo() {
    write(before_);
}

DisaggregateCommand::DisaggregateCommand(AppSession& session, DisaggregationRequest request,
                                         std::function<void()> changed, QWidget* messageParent)
    : QUndoCommand(tr("Disaggregate %1").arg(qs(request.period))),
      session_(session),
      request_(std::move(request)),
      changed_(std::move(changed)),
      messageParent_(messageParent) {}

void DisaggregateCommand::redo() {
    try {
        before_ = snapshot_period_targets(session_.connection(), request_.period);
        disaggregate(session_.connection(), session_.action(), request_, false);
    } catch (const std::exception& e) {
        showRefusal(messageParent_, tr("Disaggregation not saved"), qs(e.what()));
        setObsolete(true);
        return;
    }
    if (changed_) {
        changed_();
    }
}

void DisaggregateCommand::undo() {
    try {
        restore_period_targets(session_.connection(), session_.action(), before_);
    } catch (const std::exception& e) {
        showRefusal(messageParent_, tr("Disaggregation not undone"), qs(e.what()));
        setObsolete(true);
        return;
    }
    if (changed_) {
        changed_();
    }
}

}  // namespace uplift::app
