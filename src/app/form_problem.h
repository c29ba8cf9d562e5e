#pragma once
// The line under an entry form that says what is still missing (grey) or cannot be read (red).
#include <QString>

class QLabel;

namespace uplift::app {

void showFormProblem(QLabel* label, const QString& text, bool missing);

}  // namespace uplift::app
