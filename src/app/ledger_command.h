#pragma once
// A booking on the fund ledger as an undo step. Redo books it through the core and keeps what
// the core returns to take it back (a ledger entry or a settlement); undo has the core book the
// exact reverse (the ledger is append-only). A refused call shows the core's message and marks
// the step obsolete, so the stack drops it; the figures on screen refresh after every call.
#include <QString>
#include <QUndoCommand>

#include <cstdint>
#include <functional>

namespace uplift::app {

class LedgerCommand : public QUndoCommand {
  public:
    // Books; returns what `Reverse` takes back.
    using Book = std::function<std::int64_t()>;
    using Reverse = std::function<void(std::int64_t booked)>;
    using Refused = std::function<void(const QString& title, const QString& message)>;
    using Changed = std::function<void()>;

    struct Steps {
        Book book;
        Reverse reverse;
        QString bookRefused;     // title of the refusal of redo ("Transfer refused")
        QString reverseRefused;  // title of the refusal of undo ("Transfer not undone")
    };

    LedgerCommand(const QString& text, Steps steps, Refused refused, Changed changed);

    void redo() override;
    void undo() override;

    // False when the core refused the last redo or undo.
    bool succeeded() const { return succeeded_; }

  private:
    bool run(const std::function<void()>& call, const QString& title);

    Steps steps_;
    Refused refused_;
    Changed changed_;
    std::int64_t booked_ = 0;
    bool succeeded_ = false;
};

}  // namespace uplift::app
