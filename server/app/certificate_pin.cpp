#include "server/app/certificate_pin.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>
#include <stdexcept>

namespace storepulse::app {

std::string certificate_pin(const std::string& pem_file) {
  std::unique_ptr<BIO, decltype(&BIO_free)> file(BIO_new_file(pem_file.c_str(), "r"), BIO_free);
  if (!file) throw std::runtime_error("cannot open " + pem_file);
  std::unique_ptr<X509, decltype(&X509_free)> certificate(PEM_read_bio_X509(file.get(), nullptr, nullptr, nullptr),
                                                         X509_free);
  if (!certificate) throw std::runtime_error(pem_file + " holds no PEM certificate");
  unsigned char* der = nullptr;
  const int length = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(certificate.get()), &der);
  if (length <= 0) throw std::runtime_error("the public key of " + pem_file + " cannot be encoded");
  unsigned char digest[32];
  unsigned int size = 0;
  const bool ok = EVP_Digest(der, static_cast<std::size_t>(length), digest, &size, EVP_sha256(), nullptr) == 1;
  OPENSSL_free(der);
  if (!ok) throw std::runtime_error("the public key of " + pem_file + " cannot be hashed");
  unsigned char text[4 * sizeof digest / 3 + 4] = {};
  const int written = EVP_EncodeBlock(text, digest, static_cast<int>(size));
  return "sha256/" + std::string(reinterpret_cast<const char*>(text), static_cast<std::size_t>(written));
}

}  // namespace storepulse::app
