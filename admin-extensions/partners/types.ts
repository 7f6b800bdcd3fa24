export type PartnerKey = { id: string; secret_hint: string; expires_at: string | null; created_at: string }
export type Partner = { id: string; name: string; return_url: string | null; created_at: string; keys: PartnerKey[] }
export type SigningKey = { key_id: string; secret: string }
export type PartnerListResponse = { partners: Partner[] }
export type PartnerWithSecretResponse = { partner: Partner; signing_key: SigningKey }
export type CreatePartnerBody = { name: string; return_url?: string | null }
