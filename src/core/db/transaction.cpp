#include "db/transaction.h"

#include <cctype>

#include "db/connection.h"
#include "errors.h"

namespace uplift::db {

Transaction::Transaction(Connection& conn) : conn_(conn) {
    conn_.exec_script("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (!done_) {
        try {
            conn_.exec_script("ROLLBACK");
        } catch (...) {  // NOLINT(bugprone-empty-catch): a destructor must not throw
        }
    }
}

void Transaction::commit() {
    conn_.exec_script("COMMIT");
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
