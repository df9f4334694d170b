package cn.govdisclosure.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import cn.govdisclosure.platform.MisconfiguredService;

class PersonalDataCipherTest {

    private static final String OLD = "old:Ju0fUhalXrnKlklBjppiD49xd4se1fg1MprovboKgVE=";
    private static final String NEW = "new:l/f4nYCap6mdmJNbzBiaytiz9clQ/QuSgOzUj7tfago=";

    @Test
    void encryptsWithTheActiveKeyAndReadsItBack() {
        PersonalDataCipher cipher = new PersonalDataCipher(OLD + "," + NEW, "new");
        String stored = cipher.encrypt("350504199001011234");

        assertTrue(stored.startsWith("new:"), stored);
        assertTrue(!stored.contains("350504199001011234"));
        assertEquals("350504199001011234", cipher.decrypt(stored));
        assertNotEquals(stored, cipher.encrypt("350504199001011234"), "every encryption has a fresh IV");
    }

    @Test
    void valuesOfARetiredActiveKeyStayReadableAfterRotation() {
        String stored = new PersonalDataCipher(OLD, "old").encrypt("13800000000");

        assertEquals("13800000000", new PersonalDataCipher(OLD + "," + NEW, "new").decrypt(stored));
        MisconfiguredService gone = assertThrows(MisconfiguredService.class,
                () -> new PersonalDataCipher(NEW, "new").decrypt(stored));
        assertEquals("Stored personal data was encrypted with key 'old', which is not among the configured keys"
                + " (DISCLOSURE_ENCRYPTION_KEYS)", gone.getMessage());
    }

    @Test
    void aTamperedValueIsRejected() {
        PersonalDataCipher cipher = new PersonalDataCipher(NEW, "new");
        String stored = cipher.encrypt("13800000000");
        char last = stored.charAt(stored.length() - 3);
        String tampered = stored.substring(0, stored.length() - 3) + (last == 'A' ? 'B' : 'A')
                + stored.substring(stored.length() - 2);

        assertThrows(MisconfiguredService.class, () -> cipher.decrypt(tampered));
        // the key id is bound to the ciphertext: relabelling a value under another key fails too
        assertThrows(MisconfiguredService.class, () -> new PersonalDataCipher(OLD + "," + NEW, "new")
                .decrypt("old:" + stored.substring("new:".length())));
    }

    @Test
    void nullStaysNullAndBadKeysAreRefused() {
        PersonalDataCipher cipher = new PersonalDataCipher(NEW, "new");
        assertEquals(null, cipher.encrypt(null));
        assertEquals(null, cipher.decrypt(null));
        assertThrows(IllegalArgumentException.class, () -> new PersonalDataCipher(NEW, "other"));
        assertThrows(IllegalArgumentException.class, () -> new PersonalDataCipher("short:AAAA", "short"));
    }

    @Test
    void theThreadsCipherServesEveryKeyAndRecoversFromARejectedValue() throws Exception {
        PersonalDataCipher cipher = new PersonalDataCipher(OLD + "," + NEW, "new");
        String old = new PersonalDataCipher(OLD, "old").encrypt("王某");
        String current = cipher.encrypt("13800000000");

        assertEquals("王某", cipher.decrypt(old));
        assertEquals("13800000000", cipher.decrypt(current));
        assertThrows(MisconfiguredService.class, () -> cipher.decrypt("new:" + old.substring("old:".length())));
        assertEquals("13800000000", cipher.decrypt(current), "a rejected value leaves the thread's cipher usable");
        assertEquals("李某", cipher.decrypt(cipher.encrypt("李某")));

        // threads share the instance: each uses its own cipher
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var results = new java.util.ArrayList<java.util.concurrent.Future<String>>();
            for (int i = 0; i < 200; i++) {
                String plain = "申请人" + i;
                results.add(pool.submit(() -> cipher.decrypt(cipher.encrypt(plain))));
            }
            for (int i = 0; i < 200; i++) {
                assertEquals("申请人" + i, results.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
