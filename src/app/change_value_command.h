#pragma once
// One generic undo command for changing a value (after Tiled's ChangeValue). Redo applies the
// new value and undo the old one through an apply function that calls the core; a refused
// call marks the command obsolete, so the stack drops it and the data stays as it was.
// Successive changes of the same cell merge into one step, and a merge that ends where it
// started (A -> B -> A) removes the step.
#include <QString>
#include <QUndoCommand>
#include <QVariant>

#include <functional>

namespace uplift::app {

// Command ids: commands merge only with commands of the same id (and the same key).
enum UndoCommandId {
    kChangeProductField = 1,
    kChangeAccountField = 2,
    kChangePromotionDepth = 3,
    kChangePlannedUnits = 4,
};

class ChangeValueCommand : public QUndoCommand {
  public:
    // Applies a value; returns false when the core refused it (the caller already told the
    // user why).
    using Apply = std::function<bool(const QVariant& value)>;

    ChangeValueCommand(int id, QString key, QVariant oldValue, QVariant newValue, Apply apply,
                       const QString& text);

    void redo() override;
    void undo() override;
    int id() const override { return id_; }
    bool mergeWith(const QUndoCommand* other) override;

    const QString& key() const { return key_; }

  private:
    int id_;
    QString key_;  // what is changed: "product/12/name"
    QVariant old_;
    QVariant new_;
    Apply apply_;
};

}  // namespace uplift::app
