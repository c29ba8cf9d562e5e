#pragma once
// Fund rules as the user reads them: one "when / if / then" sentence per rule instead of the
// stored JSON ("On 1 October 2025, if HQ is used below 50 %, move 30 % of its available to
// Reserve."). Only reads the data; the core decides what a rule means when it runs.
#include <QCoreApplication>
#include <QDate>
#include <QString>

#include "funds/rules.h"

namespace uplift::app {

class RuleText {
    Q_DECLARE_TR_FUNCTIONS(RuleText)
  public:
    static QString sentence(const Rule& rule);
    // A fund name in a sentence or a table; an empty source fund means new money.
    static QString sourceFund(const std::string& fund);
    // A business date as the sentences write it: "1 October 2025".
    static QString date(const QDate& day);
};

}  // namespace uplift::app
