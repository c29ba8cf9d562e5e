-- tries: reads the user_version through a pragma function
SELECT user_version FROM pragma_user_version
