#pragma once
// Units of work: a transaction (or a savepoint for nested work) that rolls back in its
// destructor unless commit() was called. Every user action runs inside exactly one.
#include <string>

namespace uplift::db {

class Connection;

class Transaction {
public:
    // IMMEDIATE takes the write lock at once, so a long import never fails half-way on a lock.
    explicit Transaction(Connection& conn);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();
    void commit();

private:
    Connection& conn_;
    bool done_ = false;
};

class Savepoint {
public:
    Savepoint(Connection& conn, std::string name);
    Savepoint(const Savepoint&) = delete;
    Savepoint& operator=(const Savepoint&) = delete;
    ~Savepoint();
    void release();

private:
    Connection& conn_;
    std::string name_;
    bool done_ = false;
};

}  // namespace uplift::db
