#include "change_value_command.h"

namespace uplift::app {

ChangeValueCommand::ChangeValueCommand(int id, QString key, QVariant oldValue, QVariant newValue,
                                       Apply apply, const QString& text)
    : QUndoCommand(text),
      id_(id),
      key_(std::move(key)),
      old_(std::move(oldValue)),
      new_(std::move(newValue)),
      apply_(std::move(apply)) {
    // Nothing to do: never enters the stack.
    setObsolete(old_ == new_);
}

void ChangeValueCommand::redo() {
    if (!isObsolete() && !apply_(new_)) {
        setObsolete(true);
    }
}

void ChangeValueCommand::undo() {
    if (!apply_(old_)) {
        // The core refused to restore the old value; the step cannot be replayed either way.
        setObsolete(true);
    }
}

bool ChangeValueCommand::mergeWith(const QUndoCommand* other) {
    const auto* o = static_cast<const ChangeValueCommand*>(other);
    if (o->isObsolete() || o->key_ != key_) {
        return false;
    }
    // The other command has already applied its value; we keep our old one.
    new_ = o->new_;
    setObsolete(new_ == old_);
    return true;
}

}  // namespace uplift::app
