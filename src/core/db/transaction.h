#pragma once
// Units of work: a transaction (or a savepoint for nested work) that rolls back in its
// destructor unless commit() was called. Every user action runs inside exactly one.
#include <string>

namespace uplift::db {

class Connection;

// Whether use cases with their own transaction may run inside this one. By default a second
// transaction on a connection is refused (a use case is never silently part of another);
// Compose lets each one inside run as a savepoint of this transaction instead (the demo data
// set books its funds, claims and transfers through those use cases, in one transaction).
enum class Nesting { Refuse, Compose };

class Transaction {
  public:
    // IMMEDIATE takes the write lock at once, so a long import never fails half-way on a lock.
    explicit Transaction(Connection& conn, Nesting nesting = Nesting::Refuse);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();
    void commit();

  private:
    Connection& conn_;
    bool nested_ = false;     // a savepoint inside a composing transaction
    bool composing_ = false;  // opened with Nesting::Compose
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
