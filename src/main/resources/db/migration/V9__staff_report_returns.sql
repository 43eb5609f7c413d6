-- Why a tjänsteutlåtande came back to the case officer (the reviewer's or director's comment, or the board's
-- reason for återremiss), shown on the case officer's task, the editor and the matter page; and which
-- version was approved for the board, kept when an återremiss opens a new draft.
alter table staff_report add column returned_from varchar(20);
alter table staff_report add column return_comment varchar(2000);
alter table staff_report add column returned_by varchar(100);
alter table staff_report add column returned_at timestamp with time zone;
alter table staff_report add column approved_number integer;
update staff_report set approved_number = latest_number where status = 'APPROVED';
