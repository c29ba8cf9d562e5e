#pragma once
// A target cell as the user reads and types it: whole units or money with two decimals, grouped
// in the user's locale; typed or pasted text goes through the core's decimal parser with the
// locale's decimal mark ("1,234" is 1234 units in English, "1 234,5" is 1234.50 in Russian).
#include <QLocale>
#include <QString>

#include <optional>

namespace uplift::app {

enum class TargetMeasure { Units, Value };

struct TargetCellParse {
    std::optional<qint64> amount;  // nullopt: the text was empty
    QString error;                 // why the text is not a number; empty when it is
    bool ok() const { return error.isEmpty(); }
};

TargetCellParse parseTargetCell(const QString& text, TargetMeasure measure,
                                const QLocale& locale = QLocale());
// "1,234" units or "1,234.50" money.
QString formatTargetCell(qint64 amount, TargetMeasure measure, const QLocale& locale = QLocale());
// As an editor starts: no grouping.
QString editableTargetCell(qint64 amount, TargetMeasure measure, const QLocale& locale = QLocale());

}  // namespace uplift::app
