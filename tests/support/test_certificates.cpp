#include "tests/support/test_certificates.h"

#include <boost/asio/ip/address.hpp>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>
#include <stdexcept>

namespace storepulse::testing {

namespace {

using key_ptr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using cert_ptr = std::unique_ptr<X509, decltype(&X509_free)>;

void require(bool ok, const std::string& what) {
  if (!ok) throw std::runtime_error("test certificates: " + what + " failed");
}

key_ptr new_key() {
  key_ptr key(EVP_EC_gen("P-256"), EVP_PKEY_free);
  require(key != nullptr, "EC key generation");
  return key;
}

void add_extension(X509* certificate, X509* issuer, int nid, const std::string& value) {
  X509V3_CTX context;
  X509V3_set_ctx_nodb(&context);
  X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
  X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value.c_str());
  require(extension != nullptr, "extension " + value);
  X509_add_ext(certificate, extension, -1);
  X509_EXTENSION_free(extension);
}

// Returns an unsigned certificate for key with subject CN=name, issued by issuer (null: itself).
cert_ptr new_certificate(EVP_PKEY* key, const std::string& name, X509* issuer, std::chrono::seconds valid_from,
                         std::chrono::seconds valid_until) {
  static long serial = 1000;
  cert_ptr certificate(X509_new(), X509_free);
  X509_set_version(certificate.get(), 2);
  ASN1_INTEGER_set(X509_get_serialNumber(certificate.get()), ++serial);
  X509_gmtime_adj(X509_getm_notBefore(certificate.get()), static_cast<long>(valid_from.count()));
  X509_gmtime_adj(X509_getm_notAfter(certificate.get()), static_cast<long>(valid_until.count()));
  X509_set_pubkey(certificate.get(), key);
  X509_NAME* subject = X509_get_subject_name(certificate.get());
  X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(name.c_str()), -1, -1,
                             0);
  X509_set_issuer_name(certificate.get(), issuer ? X509_get_subject_name(issuer) : subject);
  return certificate;
}

void write_files(X509* certificate, EVP_PKEY* key, const test_certificate& out) {
  std::unique_ptr<BIO, decltype(&BIO_free)> cert_file(BIO_new_file(out.certificate_file.c_str(), "w"), BIO_free);
  require(cert_file && PEM_write_bio_X509(cert_file.get(), certificate) == 1, "writing " + out.certificate_file);
  std::unique_ptr<BIO, decltype(&BIO_free)> key_file(BIO_new_file(out.key_file.c_str(), "w"), BIO_free);
  require(key_file && PEM_write_bio_PrivateKey(key_file.get(), key, nullptr, nullptr, 0, nullptr, nullptr) == 1,
          "writing " + out.key_file);
}

// The pin from the key itself (i2d_PUBKEY), not from a certificate as the product computes it.
std::string pin_of(EVP_PKEY* key) {
  unsigned char* der = nullptr;
  const int length = i2d_PUBKEY(key, &der);
  require(length > 0, "encoding the public key");
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  EVP_Digest(der, static_cast<std::size_t>(length), digest, &size, EVP_sha256(), nullptr);
  OPENSSL_free(der);
  std::string text(4 * ((size + 2) / 3) + 1, '\0');
  text.resize(static_cast<std::size_t>(EVP_EncodeBlock(reinterpret_cast<unsigned char*>(text.data()), digest,
                                                       static_cast<int>(size))));
  return "sha256/" + text;
}

key_ptr read_key(const std::string& file) {
  std::unique_ptr<BIO, decltype(&BIO_free)> in(BIO_new_file(file.c_str(), "r"), BIO_free);
  key_ptr key(in ? PEM_read_bio_PrivateKey(in.get(), nullptr, nullptr, nullptr) : nullptr, EVP_PKEY_free);
  require(key != nullptr, "reading " + file);
  return key;
}

cert_ptr read_certificate(const std::string& file) {
  std::unique_ptr<BIO, decltype(&BIO_free)> in(BIO_new_file(file.c_str(), "r"), BIO_free);
  cert_ptr certificate(in ? PEM_read_bio_X509(in.get(), nullptr, nullptr, nullptr) : nullptr, X509_free);
  require(certificate != nullptr, "reading " + file);
  return certificate;
}

}  // namespace

std::string public_key_pin_of(X509* certificate) { return pin_of(X509_get0_pubkey(certificate)); }

test_certificate make_authority(const scratch_folder& folder, const std::string& name) {
  auto key = new_key();
  auto certificate = new_certificate(key.get(), name, nullptr, std::chrono::hours(-1), std::chrono::hours(48));
  add_extension(certificate.get(), certificate.get(), NID_basic_constraints, "critical,CA:TRUE");
  add_extension(certificate.get(), certificate.get(), NID_key_usage, "critical,keyCertSign,cRLSign");
  add_extension(certificate.get(), certificate.get(), NID_subject_key_identifier, "hash");
  require(X509_sign(certificate.get(), key.get(), EVP_sha256()) > 0, "signing " + name);
  test_certificate out{folder.file(name + ".crt"), folder.file(name + ".key"), pin_of(key.get())};
  write_files(certificate.get(), key.get(), out);
  return out;
}

test_certificate make_server_certificate(const scratch_folder& folder, const std::string& name,
                                         const std::vector<std::string>& names, const test_certificate* issuer,
                                         std::chrono::seconds valid_from, std::chrono::seconds valid_until) {
  auto key = new_key();
  cert_ptr issuer_certificate(nullptr, X509_free);
  key_ptr issuer_key(nullptr, EVP_PKEY_free);
  if (issuer) {
    issuer_certificate = read_certificate(issuer->certificate_file);
    issuer_key = read_key(issuer->key_file);
  }
  auto certificate = new_certificate(key.get(), name, issuer_certificate.get(), valid_from, valid_until);
  X509* signer = issuer ? issuer_certificate.get() : certificate.get();
  std::string alt_names;
  for (const auto& n : names) {
    boost::system::error_code not_an_address;
    boost::asio::ip::make_address(n, not_an_address);
    alt_names += (alt_names.empty() ? "" : ",") + std::string(not_an_address ? "DNS:" : "IP:") + n;
  }
  add_extension(certificate.get(), signer, NID_subject_alt_name, alt_names);
  add_extension(certificate.get(), signer, NID_basic_constraints, "critical,CA:FALSE");
  add_extension(certificate.get(), signer, NID_ext_key_usage, "serverAuth");
  require(X509_sign(certificate.get(), issuer ? issuer_key.get() : key.get(), EVP_sha256()) > 0, "signing " + name);
  test_certificate out{folder.file(name + ".crt"), folder.file(name + ".key"), pin_of(key.get())};
  write_files(certificate.get(), key.get(), out);
  return out;
}

}  // namespace storepulse::testing
