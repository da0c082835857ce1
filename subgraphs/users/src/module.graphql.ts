import { gql } from 'graphql-tag';

export const typeDefs = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])

  "An ISO-8601 date and time with an offset, such as 2026-11-26T22:13:00Z."
  scalar DateTime

  "Someone with an account."
  type User @key(fields: "id") {
    id: ID!
    "Only the user themself can see their email address; for anyone else it is null."
    email: String
    displayName: String!
    createdAt: DateTime!
    "The user's app passwords, newest first. Only the user themself (others: null with FORBIDDEN)."
    appPasswords: [AppPassword!]
  }

  "A password for one app (a Subsonic client), so the app never holds the account's own password."
  type AppPassword {
    id: ID!
    "What the user called it, such as Symfonium on my phone."
    name: String!
    createdAt: DateTime!
    "Null until it is first used."
    lastUsedAt: DateTime
  }

  type CreatedAppPassword {
    appPassword: AppPassword!
    "The password itself, shown only in this answer."
    password: String!
  }

  "How an app signs in with an app password: exactly one of {email, password}, {email, token, salt}, {apiKey}."
  input AppPasswordSignInInput {
    "The account's email (Subsonic's u); not with apiKey."
    email: String
    "An app password in clear (Subsonic's p; the caller decodes enc:hex)."
    password: String
    "Subsonic's t = md5(app password + salt), lowercase hex, with salt (s)."
    token: String
    salt: String
    "An app password used as an OpenSubsonic apiKey, alone."
    apiKey: String
  }

  "A signed-in session: send the token as \`Authorization: Bearer <token>\` until it expires."
  type AuthPayload {
    token: String!
    expiresAt: DateTime!
    user: User!
  }

  type Query {
    "The signed-in user, or null when signed out."
    me: User
  }

  type Mutation {
    """
    Creates an account and signs it in. The email is matched without regard to case; the password
    needs 8 to 128 characters. displayName defaults to the part of the email before the @.
    """
    register(email: String!, password: String!, displayName: String): AuthPayload!
    "Signs in; a wrong email or password gives UNAUTHENTICATED with the same message either way."
    login(email: String!, password: String!): AuthPayload!
    "Ends the session: the token stops working at once everywhere."
    logout: Boolean!
    "name: 1 to 100 characters; at most 25 per user (BAD_USER_INPUT)."
    createAppPassword(name: String!): CreatedAppPassword!
    "Stops it working at once everywhere. Unknown or another user's: NOT_FOUND."
    revokeAppPassword(id: ID!): Boolean!
    """
    For the gateway's Subsonic API (and any app-password client): exactly one of {email+password},
    {email+token+salt}, {apiKey}, else BAD_USER_INPUT. Answers a short-lived (5 minute) access token.
    Failures: UNAUTHENTICATED with extensions.reason WRONG_CREDENTIALS (email or app password),
    TOKEN_AUTH_UNSUPPORTED (token+salt for an account that has no app password), INVALID_API_KEY,
    or TOO_MANY_ATTEMPTS (throttled like login, with extensions.retryAfterSeconds). Sets the app
    password's lastUsedAt (at most once a minute).
    """
    signInWithAppPassword(input: AppPasswordSignInInput!): AuthPayload!
  }
`;
