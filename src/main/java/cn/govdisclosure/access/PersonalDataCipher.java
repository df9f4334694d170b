package cn.govdisclosure.access;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import cn.govdisclosure.platform.MisconfiguredService;

/**
 * Encrypts personal data at rest with AES-256-GCM. A stored value reads {@code keyId:base64(iv ‖ ciphertext ‖ tag)};
 * the key id lets keys rotate: new values use the active key, old values stay readable while their key
 * is configured. The key id is bound to the ciphertext as associated data.
 */
public final class PersonalDataCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Map<String, SecretKeySpec> keys;
    private final String activeKeyId;
    private final SecureRandom random = new SecureRandom();
    /**
     * One cipher per thread, re-initialised for every value: a fresh {@link Cipher} would expand the AES key again on
     * every call, which made decryption the largest cost of reading a ledger page.
     */
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(PersonalDataCipher::newCipher);

    /**
     * @param keySpec comma-separated {@code id:base64key} pairs, each key 32 bytes
     * @param activeKeyId the id of the key new values are encrypted with
     */
    public PersonalDataCipher(String keySpec, String activeKeyId) {
        this.keys = parse(keySpec);
        if (!keys.containsKey(activeKeyId)) {
            throw new IllegalArgumentException("The active encryption key '" + activeKeyId
                    + "' is not among the configured keys " + keys.keySet());
        }
        this.activeKeyId = activeKeyId;
    }

    public String encrypt(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKeyId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(activeKeyId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return activeKeyId + ":" + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        int colon = stored.indexOf(':');
        String keyId = colon < 0 ? "" : stored.substring(0, colon);
        SecretKeySpec key = keys.get(keyId);
        if (key == null) {
            throw new MisconfiguredService("Stored personal data was encrypted with key '" + keyId
                    + "', which is not among the configured keys (DISCLOSURE_ENCRYPTION_KEYS)");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(stored.substring(colon + 1));
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new MisconfiguredService("Stored personal data could not be decrypted with key '" + keyId
                    + "': the configured key of that id is not the one it was encrypted with");
        }
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is not available in this JVM", e);
        }
    }

    private static Map<String, SecretKeySpec> parse(String keySpec) {
        Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
        for (String entry : keySpec.split(",")) {
            String trimmed = entry.trim();
            int colon = trimmed.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("An encryption key must be given as id:base64key");
            }
            byte[] key = Base64.getDecoder().decode(trimmed.substring(colon + 1));
            if (key.length != 32) {
                throw new IllegalArgumentException("Encryption key '" + trimmed.substring(0, colon)
                        + "' has " + key.length + " bytes; AES-256 needs 32");
            }
            keys.put(trimmed.substring(0, colon), new SecretKeySpec(key, "AES"));
        }
        return keys;
    }
}
