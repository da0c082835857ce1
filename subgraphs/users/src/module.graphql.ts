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
  }
`;
