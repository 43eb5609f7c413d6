-- Failed sign-ins are counted per account and client address in login_throttle (V12); the account's own
-- counter is no longer kept.
alter table user_account drop column failed_logins;
