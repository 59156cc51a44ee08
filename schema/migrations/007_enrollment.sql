-- A lost enrollment answer costs nothing: a retry with the same code and device nonce within a
-- few minutes gets the same device token. Until then the token is kept sealed with a key made
-- from the code and the nonce, neither of which is stored (both only as hashes), and the seal is
-- dropped once the window ends.
ALTER TABLE enrollment_codes ADD COLUMN nonce_hash BLOB;      -- SHA-256 of the device nonce
ALTER TABLE enrollment_codes ADD COLUMN sealed_token BLOB;    -- secretbox nonce, then ciphertext
ALTER TABLE enrollment_codes ADD COLUMN kiosk_id INTEGER;     -- the kiosk the code enrolled
ALTER TABLE enrollment_codes ADD COLUMN retry_until INTEGER;  -- unix seconds
