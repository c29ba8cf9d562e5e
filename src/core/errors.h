#pragma once
// The few exception types of the core. Each carries a message meant for the user; the CLI and
// the GUI catch them once per user action and show the message as it is.
#include <stdexcept>
#include <string>

namespace uplift {

// A user error or refusal: bad input, a broken rule, a missing right. CLI exit code 1.
class UserError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The acting user lacks the right for an action.
class PermissionDenied : public UserError {
public:
    using UserError::UserError;
};

// Something the database said that the user cannot fix by changing input (I/O, corruption).
class DatabaseError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The user cancelled long work; the transaction around it rolls back.
class Cancelled : public std::runtime_error {
public:
    Cancelled() : std::runtime_error("cancelled") {}
};

}  // namespace uplift
