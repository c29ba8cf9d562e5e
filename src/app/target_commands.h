#pragma once
// Undo steps of the target grid. Each writes through the core in one transaction; a refusal
// shows the core's message and marks the step obsolete, so the stack drops it and the file and
// the grid stay as they were.
#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

#include <functional>
#include <vector>

#include "targets/disaggregation.h"
#include "targets/target_edit.h"

class QWidget;

namespace uplift::app {

class AppSession;

// Typed or pasted targets: redo writes the new values, undo the old ones ("no target" included).
class TargetEditCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(TargetEditCommand)

  public:
    // Called with what the core wrote, to update the grid.
    using Applied = std::function<void(const std::vector<TargetEdit>&)>;

    TargetEditCommand(AppSession& session, std::vector<TargetEdit> before,
                      std::vector<TargetEdit> after, Applied applied, QWidget* messageParent,
                      const QString& text);

    void redo() override;
    void undo() override;

  private:
    bool write(const std::vector<TargetEdit>& edits);

    AppSession& session_;
    std::vector<TargetEdit> before_, after_;
    Applied applied_;
    QPointer<QWidget> messageParent_;
};

// A saved disaggregation: redo splits the total (dry_run = false); undo puts the period's
// targets, top-down versions and totals back as they were before.
class DisaggregateCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(DisaggregateCommand)

  public:
    DisaggregateCommand(AppSession& session, DisaggregationRequest request,
                        std::function<void()> changed, QWidget* messageParent);

    void redo() override;
    void undo() override;

  private:
    AppSession& session_;
    DisaggregationRequest request_;
    PeriodTargets before_;
    std::function<void()> changed_;
    QPointer<QWidget> messageParent_;
};

}  // namespace uplift::app
