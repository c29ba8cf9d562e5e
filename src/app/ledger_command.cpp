#include "ledger_command.h"

namespace uplift::app {

LedgerCommand::LedgerCommand(const QString& text, Steps steps, Refused refused, Changed changed)
    : QUndoCommand(text),
      steps_(std::move(steps)),
      refused_(std::move(refused)),
      changed_(std::move(changed)) {}

bool LedgerCommand::run(const std::function<void()>& call, const QString& title) {
    try {
        call();
    } catch (const std::exception& e) {
        // UserError, PermissionDenied or DatabaseError: the core's transaction booked nothing.
        if (refused_) {
            refused_(title, QString::fromUtf8(e.what()));
        }
        return false;
    }
    return true;
}

void LedgerCommand::redo() {
    succeeded_ = run([this] { booked_ = steps_.book(); }, steps_.bookRefused);
    if (!succeeded_) {
        setObsolete(true);
    }
    if (changed_) {
        changed_();
    }
}

void LedgerCommand::undo() {
    succeeded_ = run([this] { steps_.reverse(booked_); }, steps_.reverseRefused);
    if (!succeeded_) {
        // What was booked stays booked; the step cannot be replayed either way.
        setObsolete(true);
    }
    if (changed_) {
        changed_();
    }
}

}  // namespace uplift::app
