#include "db/transaction.h"

#include <cctype>
#include <string>

#include "db/connection.h"
#include "errors.h"

namespace uplift::db {

namespace {
// Savepoints of one name stack in SQLite, so nested transactions can share it.
constexpr const char* kNested = "uplift_nested";
}  // namespace

Transaction::Transaction(Connection& conn, Nesting nesting) : conn_(conn) {
    if (conn_.composing() && sqlite3_get_autocommit(conn_.handle()) == 0) {
        nested_ = true;
        conn_.exec_script(std::string("SAVEPOINT ") + kNested);
        return;
    }
    conn_.exec_script("BEGIN IMMEDIATE");
    if (nesting == Nesting::Compose) {
        composing_ = true;
        conn_.set_composing(true);
    }
}

Transaction::~Transaction() {
    if (!done_) {
        try {
            if (nested_) {
                conn_.exec_script(std::string("ROLLBACK TO ") + kNested);
                conn_.exec_script(std::string("RELEASE ") + kNested);
            } else {
                conn_.exec_script("ROLLBACK");
            }
        } catch (...) {  // NOLINT(bugprone-empty-catch): a destructor must not throw
        }
    }
    if (composing_) {
        conn_.set_composing(false);
    }
}

void Transaction::commit() {
    conn_.exec_script(nested_ ? std::string("RELEASE ") + kNested : std::string("COMMIT"));
    done_ = true;
}

Savepoint::Savepoint(Connection& conn, std::string name) : conn_(conn), name_(std::move(name)) {
    for (const char ch : name_) {
        if (std::isalnum(static_cast<unsigned char>(ch)) == 0 && ch != '_') {
            throw DatabaseError("invalid savepoint name");
        }
    }
    conn_.exec_script("SAVEPOINT " + name_);
}

Savepoint::~Savepoint() {
    if (!done_) {
        try {
            conn_.exec_script("ROLLBACK TO " + name_);
            conn_.exec_script("RELEASE " + name_);
        } catch (...) {  // NOLINT(bugprone-empty-catch): a destructor must not throw
        }
    }
}

void Savepoint::release() {
    conn_.exec_script("RELEASE " + name_);
    done_ = true;
}

}  // namespace uplift::db
